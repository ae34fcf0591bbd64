// `qicao serve FILE`: the plan opened in a session and served on 127.0.0.1 by this host. It lives
// with the host, not in core's commands: core never starts a host (see qicao-cli.ts).
import { startPeriodicBackups } from '../core/api/plan-safety.ts';
import { Session } from '../core/api/session.ts';
import { onePositional, stringOption, usageError, type Command } from '../core/cli/command.ts';
import { dataDir } from '../core/data-dir.ts';
import { startHttpHost } from './server.ts';

export const serveCommand: Command = {
  name: 'serve',
  usage: 'qicao serve FILE.qicao [--port N]',
  options: { port: { type: 'string' } },
  async run(ctx) {
    const file = onePositional(ctx, '计划文件');
    const portText = stringOption(ctx, 'port');
    const port = portText === undefined ? 0 : Number(portText);
    if (!Number.isInteger(port) || port < 0 || port > 65535) usageError('--port 须为 0–65535 的整数（0 表示自动选择）。');
    const session = new Session(dataDir());
    session.open(file);
    const host = await startHttpHost(session, { port });
    startPeriodicBackups(session);
    console.log(`起草助手已在浏览器服务模式下启动：${host.url}`);
    const stop = () => void host.close().then(() => (session.close(), process.exit(0)));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    return 'running' as const;
  },
};
