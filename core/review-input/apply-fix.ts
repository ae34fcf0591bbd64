// Applying a finding's certain fix (a full-width comma, a dropped duplicate "。") to the text it
// was found in, as one user action in one transaction. The fix names the field and the offset
// in it; the text there must still be what was flagged, or nothing is changed.
import { ExplanationDoc, type Segment } from '../model/explanation.ts';
import { segmentText, UnresolvedBindingError } from '../model/resolve-binding.ts';
import { QicaoError } from '../errors.ts';
import { readExplanation, writeExplanation } from '../store/explanation.ts';
import { writeMeasureFields } from '../store/measures.ts';
import { getNodeRow } from '../store/nodes.ts';
import type { Db } from '../store/open.ts';
import { writePartText } from '../store/parts.ts';
import { readPlan } from '../store/read-plan.ts';
import { sql } from '../store/statements.ts';
import type { FindingField } from '../model/check-result.ts';

export interface Fix {
  nodeId: number | null;
  field: FindingField;
  offset: number;
  length: number;
  replacement: string;
  /** The flagged text as the check saw it; when given, it must still be there. */
  original?: string;
  /** For field "explanation": the block (-1 = the title). */
  block?: number;
}

const STALE = '这段文字在审校之后已被修改，修正未执行；请重新审校后再试。';

function splice(text: string, fix: Fix): string {
  if (fix.offset < 0 || fix.offset + fix.length > text.length) throw new QicaoError('bad-input', STALE);
  if (fix.original !== undefined && text.slice(fix.offset, fix.offset + fix.length) !== fix.original) throw new QicaoError('bad-input', STALE);
  return text.slice(0, fix.offset) + fix.replacement + text.slice(fix.offset + fix.length);
}

export function applyFix(db: Db, fix: Fix): void {
  db.transaction(() => {
    if (fix.field === 'explanation') return fixExplanation(db, fix);
    if (fix.nodeId === null) {
      if (fix.field !== 'title') throw new QicaoError('bad-input', '只有计划标题可以不指定节点，请指明要修正的节点。');
      const row = sql(db, 'SELECT title FROM plan WHERE id = 1').get() as { title: string } | undefined;
      if (!row) throw new QicaoError('not-found', '计划文件中没有计划信息，无法修正标题。');
      sql(db, 'UPDATE plan SET title = ? WHERE id = 1').run(splice(row.title, fix));
      return;
    }
    const row = getNodeRow(db, fix.nodeId);
    if (fix.field === 'title') {
      sql(db, 'UPDATE node SET title = ? WHERE id = ?').run(splice(row.title, fix), fix.nodeId);
      return;
    }
    if (fix.field === 'deadline') {
      const current = sql(db, 'SELECT deadline FROM node WHERE id = ?').get(fix.nodeId) as { deadline: string | null };
      writeMeasureFields(db, fix.nodeId, { deadline: splice(current.deadline ?? '', fix) });
      return;
    }
    // a text section's text is its content (writePartText refuses goals for it)
    if (row.kind !== 'part' && row.kind !== 'section') throw new QicaoError('wrong-kind', `编号 ${fix.nodeId} 不是部分，没有主要目标和主要内容。`);
    const current = sql(db, `SELECT ${fix.field} AS text FROM node WHERE id = ?`).get(fix.nodeId) as { text: string | null };
    writePartText(db, fix.nodeId, { [fix.field]: splice(current.text ?? '', fix) });
  })();
}

/**
 * The 起草说明's own text: the fix must fall inside one literal segment (a count or a name
 * computed from the plan is fixed in the plan, not here). Fixing the template stores it.
 */
function fixExplanation(db: Db, fix: Fix): void {
  const { doc } = readExplanation(db);
  const next: ExplanationDoc = structuredClone(doc);
  if (fix.block === undefined) throw new QicaoError('bad-input', '请指明要修正的是起草说明的哪一段。');
  if (fix.block === -1) {
    next.title = splice(doc.title, fix);
  } else {
    const block = next.blocks[fix.block];
    if (!block) throw new QicaoError('bad-input', STALE);
    const plan = readPlan(db);
    let at = 0;
    const hit = block.segments.findIndex((segment: Segment) => {
      const text = shownText(plan, segment);
      const inside = 'text' in segment && fix.offset >= at && fix.offset + fix.length <= at + text.length;
      if (!inside) at += text.length;
      return inside;
    });
    if (hit < 0) throw new QicaoError('bad-input', '这处文字由计划内容自动生成，请在计划中修改对应内容。');
    const segment = block.segments[hit] as { text: string };
    block.segments[hit] = { text: splice(segment.text, { ...fix, offset: fix.offset - at }) };
  }
  writeExplanation(db, next);
}

/** A segment as the checker read it: a reference to something deleted reads as nothing. */
function shownText(plan: ReturnType<typeof readPlan>, segment: Segment): string {
  try {
    return segmentText(plan, segment);
  } catch (e) {
    if (e instanceof UnresolvedBindingError) return '';
    throw e;
  }
}
