// The fallback of `npm start`: the sample plan (made on first use) served on 127.0.0.1.
// Starting never fails on the plan: one held by another Qicao (or another program), or one that
// cannot be opened, is said in one Chinese line, and the page opens on the welcome page instead,
// from which the drafter opens another plan or a copy.
import path from 'node:path';
import { startPeriodicBackups } from '../core/api/plan-safety.ts';
import { SAMPLE_FILE_NAME, Session } from '../core/api/session.ts';
import { dataDir } from '../core/data-dir.ts';
import { QicaoError } from '../core/errors.ts';
import { startHttpHost } from './server.ts';

/** Opens the sample, or says why not (in Chinese) and leaves the session on the welcome page. */
function openAtStart(session: Session): void {
  try {
    console.log(`计划文件：${session.openSample().path}`);
  } catch (e) {
    const message = e instanceof QicaoError ? e.message : `无法打开示例计划（${(e as Error).message}）。`;
    if (e instanceof QicaoError && e.code === 'locked') {
      console.log(`另一个起草助手（或其他程序）正在使用示例计划：${path.join(session.dataDir, SAMPLE_FILE_NAME)}。${message}`);
      console.log('本次改为打开欢迎页：可在其中打开其他计划，或打开该计划的副本；也可以回到正在运行的那个起草助手窗口。');
    } else {
      console.log(`${message}本次改为打开欢迎页。`);
    }
  }
}

export async function startBrowserHost(port = 0): Promise<void> {
  const session = new Session(dataDir());
  openAtStart(session);
  const host = await startHttpHost(session, { port });
  startPeriodicBackups(session);
  console.log(`请在浏览器中打开：${host.url}`);
  const stop = () => void host.close().then(() => (session.close(), process.exit(0)));
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
