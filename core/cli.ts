// `qicao` from a terminal: the same core as the UI. Exit 0 on success; exit 2 with one Chinese
// line on stderr for bad input — never a stack trace, never a half-written file.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { countsReport } from './counts/report.ts';
import { isQicaoError, QicaoError } from './errors.ts';
import { NODE_KINDS, type NodeKind } from './model/plan.ts';
import { addNode } from './store/nodes.ts';
import { createPlanFile, openPlanFile } from './store/open.ts';
import { readOutline } from './store/outline.ts';
import { createSamplePlan } from '../seeds/sample.ts';
import { Session } from './api/session.ts';
import { dataDir } from './data-dir.ts';
import type { OutlineNode } from './api/contract.ts';

const USAGE = `用法：
  qicao new FILE.qicao [--sample]
  qicao outline FILE.qicao [--json]
  qicao counts FILE.qicao [--json]
  qicao add FILE.qicao [--parent ID] --kind part|aspect|keyTask|measure --title TEXT
  qicao serve FILE.qicao [--port N]`;

function fail(message: string): never {
  throw new QicaoError('bad-input', message);
}

function one(positionals: string[], what: string): string {
  if (positionals.length !== 1) fail(`请给出一个${what}。\n${USAGE}`);
  return positionals[0];
}

function printOutline(nodes: OutlineNode[], depth = 0): void {
  for (const n of nodes) {
    console.log(`${'  '.repeat(depth)}[${n.id}] ${n.title}`);
    printOutline(n.children, depth + 1);
  }
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean', default: false },
      sample: { type: 'boolean', default: false },
      parent: { type: 'string' },
      kind: { type: 'string' },
      title: { type: 'string' },
      port: { type: 'string' },
    },
  });

  switch (command) {
    case 'new': {
      const file = one(positionals, '要新建的计划文件');
      const db = values.sample ? createSamplePlan(file) : createPlanFile(file);
      db.close();
      console.log(path.resolve(file));
      return 0;
    }
    case 'outline': {
      const db = openPlanFile(one(positionals, '计划文件'));
      const outline = readOutline(db);
      db.close();
      if (values.json) console.log(JSON.stringify(outline, null, 2));
      else printOutline(outline);
      return 0;
    }
    case 'counts': {
      const db = openPlanFile(one(positionals, '计划文件'));
      const report = countsReport(db);
      db.close();
      if (values.json) console.log(JSON.stringify(report, null, 2));
      else {
        for (const p of report.parts) console.log(`${p.name}：${p.sentence}`);
        console.log(`合计：${report.totals.aspects}个方面，${report.totals.sentence}`);
      }
      return 0;
    }
    case 'add': {
      const file = one(positionals, '计划文件');
      const kind = values.kind as NodeKind;
      if (!kind || !NODE_KINDS.includes(kind)) fail('请用 --kind 给出 part、aspect、keyTask 或 measure。');
      // a part sits at the top of the plan; everything else needs its parent's id
      const parent = kind === 'part' && values.parent === undefined ? null : Number(values.parent);
      if (parent !== null && (!Number.isInteger(parent) || parent <= 0)) fail('请用 --parent 给出上级节点的编号（正整数）。');
      if (values.title === undefined || values.title.trim() === '') fail('请用 --title 给出标题或措施内容。');
      const db = openPlanFile(file);
      try {
        const id = addNode(db, { parentId: parent, kind, title: values.title.trim() });
        // printed only after the transaction committed: a printed id is a durable id
        console.log(String(id));
      } finally {
        db.close();
      }
      return 0;
    }
    case 'serve': {
      const file = one(positionals, '计划文件');
      const port = values.port === undefined ? 0 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port 须为 0–65535 的整数（0 表示自动选择）。');
      const session = new Session(dataDir());
      session.open(file);
      const { startHttpHost } = await import('../http-host/server.ts');
      const host = await startHttpHost(session, { port });
      console.log(`起草助手已在浏览器服务模式下启动：${host.url}`);
      const stop = () => host.close().then(() => (session.close(), process.exit(0)));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      return -1; // keep running
    }
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE);
      return 0;
    default:
      fail(`未知命令“${command}”。\n${USAGE}`);
  }
}

function explain(e: unknown): string {
  if (isQicaoError(e)) return e.message;
  const code = (e as { code?: string }).code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return `参数有误：${(e as Error).message}\n${USAGE}`;
  return `内部错误：${(e as Error).message ?? String(e)}。操作未完成，文件未被修改。`;
}

// `qicao outline … | head` closes the pipe early: that is not an error
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

run(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (e) => {
    process.stderr.write(explain(e).split('\n')[0] + '\n');
    process.exitCode = 2;
  },
);
