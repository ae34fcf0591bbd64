import type { LocatedFinding } from '../../api/contract.ts';
import { onePositional, type Command } from '../command.ts';
import { withSession } from '../host.ts';

const FIELD_TEXT = { title: '标题', goals: '主要目标', content: '主要内容', explanation: '起草说明', deadline: '完成时限' } as const;

function where(f: LocatedFinding, source: string): string {
  if (source !== 'plan') return `第${f.paragraph + 1}段`;
  if (f.field === 'explanation' || (f.nodeId === null && f.field === null)) return '起草说明';
  if (f.nodeId === null) return '计划标题';
  return `节点 ${f.nodeId}${f.field ? ` ${FIELD_TEXT[f.field]}` : ''}`;
}

export const checkCommand: Command = {
  name: 'check',
  usage: 'qicao check FILE.qicao|FILE.docx|FILE.txt [--json]',
  options: { json: { type: 'boolean', default: false } },
  async run(ctx) {
    const path = onePositional(ctx, '要审校的文件（.qicao、.docx 或 .txt）');
    const r = await withSession((call) => call('review.checkFile', { path }));
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    if (ctx.values.json) {
      console.log(JSON.stringify({ source: r.source, findings: r.findings, stated: r.stated, dismissed: r.dismissed }, null, 2));
    } else {
      for (const f of r.findings) {
        const fix = f.suggestion === undefined ? '' : f.suggestion === '' ? '（建议删除）' : `（建议改为“${f.suggestion}”）`;
        console.log(`${where(f, r.source)} ${f.severity === 'error' ? '错误' : '提示'} [${f.rule}] “${f.excerpt}”：${f.message}${fix}`);
      }
      const dismissed = r.dismissed ? `，另有${r.dismissed}条已忽略` : '';
      console.log(r.findings.length === 0 ? `未发现问题${dismissed}。` : `共${r.findings.length}条：错误${errors}条，提示${r.findings.length - errors}条${dismissed}。`);
    }
    // Exit 1 when something must be corrected before the text goes out; warnings alone pass.
    return errors > 0 ? 1 : 0;
  },
};
