// Calls the served API from the page, as the window does (the server holds the plan file): for
// setting a scene faster than clicking through it. A refused call fails the test with its message.
import type { Page } from '@playwright/test';

export async function call<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const reply = await page.evaluate(
    async ([ch, body]) =>
      (
        await fetch(`/api/${ch}`, {
          method: 'POST',
          // the launch token the page keeps for this tab (renderer/src/api/bridge.ts)
          headers: { 'content-type': 'application/json', 'x-qicao-token': sessionStorage.getItem('qicao.token') ?? '' },
          body: JSON.stringify(body),
        })
      ).json(),
    [channel, input] as const,
  );
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as T;
}
