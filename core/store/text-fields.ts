// Every text field of the plan a bulk edit may touch (the title and year, node titles and measure
// texts, 完成时限, 主要目标/主要内容, the 起草说明's own text), each with where it is in words,
// and the one way such edits are written: all in the caller's transaction, through the same
// writes the editor uses (so an issued plan's lock and the undo log see them as usual), each
// refused when its field no longer holds the text the list showed.
import { QicaoError } from '../errors.ts';
import { levelName, planBody, taskGroupsOf } from '../model/level-rules.ts';
import type { Plan } from '../model/plan.ts';
import { changedExcerpts, targetKey, type TextEdit, type TextEditRow, type TextTarget } from '../model/text-edit.ts';
import type { ExplanationDoc } from '../model/explanation.ts';
import { readDocumentSettings, writeDocumentSettings } from './document-settings.ts';
import { readStoredExplanation, writeExplanation } from './explanation.ts';
import { writeMeasureFields } from './measures.ts';
import { renameNode, getNodeRow } from './nodes.ts';
import type { Db } from './open.ts';
import { writePartText } from './parts.ts';
import { writePlanInfo } from './plan-meta.ts';
import { readPlan, readPlanInfo } from './read-plan.ts';
import { sql } from './statements.ts';

export interface TextField {
  target: TextTarget;
  where: string;
  text: string;
}

const short = (s: string, n = 16) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The fields in reading order: title, then each part top-down, then the stored 起草说明. */
export function listTextFields(db: Db, plan: Plan = readPlan(db), explanation: ExplanationDoc | null = readStoredExplanation(db)): TextField[] {
  const out: TextField[] = [{ target: { kind: 'planTitle' }, where: '计划名称', text: plan.title }];
  const name = (k: Parameters<typeof levelName>[0]) => levelName(k, plan.levels);
  for (const top of planBody(plan)) {
    const at = top.title;
    out.push({ target: { kind: 'nodeTitle', nodeId: top.id }, where: `${name(top.kind)}标题`, text: top.title });
    if (top.kind === 'section') {
      out.push({ target: { kind: 'content', nodeId: top.id }, where: `${at} · 正文`, text: top.content });
      continue;
    }
    out.push({ target: { kind: 'goals', nodeId: top.id }, where: `${at} · 主要目标`, text: top.goals });
    out.push({ target: { kind: 'content', nodeId: top.id }, where: `${at} · 主要内容`, text: top.content });
    for (const { aspect, keyTasks } of taskGroupsOf(top)) {
      if (aspect) out.push({ target: { kind: 'nodeTitle', nodeId: aspect.id }, where: `${at} › ${name('aspect')}`, text: aspect.title });
      for (const task of keyTasks) {
        out.push({ target: { kind: 'nodeTitle', nodeId: task.id }, where: `${at} › ${name('keyTask')}`, text: task.title });
        for (const m of task.children) {
          out.push({ target: { kind: 'nodeTitle', nodeId: m.id }, where: `${at} › ${name('measure')}`, text: m.title });
          out.push({ target: { kind: 'deadline', nodeId: m.id }, where: `${at} › ${name('measure')}“${short(m.title)}” · 完成时限`, text: m.deadline });
        }
      }
    }
  }
  if (explanation) {
    out.push({ target: { kind: 'explanationTitle' }, where: '起草说明 · 标题', text: explanation.title });
    explanation.blocks.forEach((block, b) =>
      block.segments.forEach((segment, s) => {
        if ('text' in segment) out.push({ target: { kind: 'explanationText', block: b, segment: s }, where: `起草说明 · 第${b + 1}段`, text: segment.text });
      }),
    );
  }
  return out;
}

/** A row of a reviewed list: the field, its text now and what it would become. */
export function editRow(field: TextField, after: string): TextEditRow {
  const ex = changedExcerpts(field.text, after);
  return { target: field.target, before: field.text, after, key: targetKey(field.target), where: field.where, excerptBefore: ex.before, excerptAfter: ex.after };
}

const STALE = '列表生成后计划已被修改，未作任何改动；请重新生成列表后再应用。';

function currentText(db: Db, t: TextTarget, explanation: ExplanationDoc | null): string | null {
  switch (t.kind) {
    case 'planTitle':
      return readPlanInfo(db).title;
    case 'planYear':
      return String(readPlanInfo(db).year ?? '');
    case 'nodeTitle':
      return getNodeRow(db, t.nodeId).title;
    case 'deadline':
    case 'goals':
    case 'content': {
      getNodeRow(db, t.nodeId);
      const row = sql(db, `SELECT ${t.kind} AS text FROM node WHERE id = ?`).get(t.nodeId) as { text: string | null };
      return row.text ?? '';
    }
    case 'explanationTitle':
      return explanation?.title ?? null;
    case 'explanationText': {
      const segment = explanation?.blocks[t.block]?.segments[t.segment];
      return segment && 'text' in segment ? segment.text : null;
    }
  }
}

/**
 * Writes the edits inside the caller's transaction (one user action = one step). The title's line
 * breaks (document setting) follow a changed title, so "…2024年|行动计划" does not go stale.
 */
export function writeTextEdits(db: Db, edits: TextEdit[]): void {
  const stored = readStoredExplanation(db);
  const explanation: ExplanationDoc | null = stored ? structuredClone(stored) : null;
  let explanationChanged = false;
  for (const e of edits) {
    if (currentText(db, e.target, explanation) !== e.before) throw new QicaoError('bad-input', STALE);
    const t = e.target;
    switch (t.kind) {
      case 'planTitle': {
        const info = readPlanInfo(db);
        writePlanInfo(db, { ...info, title: e.after });
        const { titleBreak } = readDocumentSettings(db);
        if (titleBreak !== '' && titleBreak.replaceAll('|', '') === e.before) {
          writeDocumentSettings(db, { titleBreak: followTitle(titleBreak, e.before, e.after) });
        }
        break;
      }
      case 'planYear': {
        const year = e.after === '' ? null : Number(e.after);
        if (year !== null && (!Number.isInteger(year) || year < 1949 || year > 2100)) throw new QicaoError('bad-input', `“${e.after}”不是可用的计划年度，请写成如“2025”。`);
        writePlanInfo(db, { ...readPlanInfo(db), year });
        break;
      }
      case 'nodeTitle':
        renameNode(db, t.nodeId, e.after);
        break;
      case 'deadline':
        writeMeasureFields(db, t.nodeId, { deadline: e.after });
        break;
      case 'goals':
      case 'content':
        writePartText(db, t.nodeId, { [t.kind]: e.after });
        break;
      case 'explanationTitle':
        explanation!.title = e.after;
        explanationChanged = true;
        break;
      case 'explanationText':
        explanation!.blocks[t.block].segments[t.segment] = { text: e.after };
        explanationChanged = true;
        break;
    }
  }
  if (explanationChanged && explanation) writeExplanation(db, explanation);
}

/** The title's "|" breaks kept where they were, around the same characters, when only years changed. */
function followTitle(breaks: string, before: string, after: string): string {
  if (before.length !== after.length) return '';
  let out = '';
  let i = 0;
  for (const c of breaks) {
    if (c === '|') out += '|';
    else out += after[i++];
  }
  return out;
}
