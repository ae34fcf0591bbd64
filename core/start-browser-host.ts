// The fallback of `npm start`: the sample plan (made on first use) served on 127.0.0.1.
import { startPeriodicBackups } from './api/plan-safety.ts';
import { Session } from './api/session.ts';
import { dataDir } from './data-dir.ts';
import { startHttpHost } from '../http-host/server.ts';

export async function startBrowserHost(port = 0): Promise<void> {
  const session = new Session(dataDir());
  const plan = session.openSample();
  const host = await startHttpHost(session, { port });
  startPeriodicBackups(session);
  console.log(`计划文件：${plan.path}`);
  console.log(`请在浏览器中打开：${host.url}`);
  const stop = () => host.close().then(() => (session.close(), process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
