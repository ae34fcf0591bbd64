// What the command line can compare: "FILE.qicao#稿件名" (a snapshot), "FILE.qicao" (the plan as
// it is now), or a .docx/.txt document read on the fly. Two drafts of one plan file are paired
// by node id; anything else (documents, two different plan files) by similarity.
import path from 'node:path';
import { readPlanDocument } from '../documents/import/index.ts';
import { QicaoError } from '../errors.ts';
import { parseOffThread } from '../workers/off-thread.ts';
import type { Plan } from '../model/plan.ts';
import { openPlanFile, type Db } from '../store/open.ts';
import { commentLookup } from './comments.ts';
import { readDraft, type DraftRef } from './drafts.ts';
import { compareTrees } from './index.ts';
import type { Comparison, DraftLabel } from '../model/comparison.ts';
import { treeFromPlan, treeFromSpec, type DraftTree } from './tree.ts';

export interface DraftSource {
  /** the plan file, resolved, when the draft lives in one */
  planFile: string | null;
  ref: DraftRef | null;
  /** the document's path otherwise */
  document: string | null;
  display: string;
}

const PLAN_FILE = /\.qicao$/i;

/** Reads "FILE.qicao#NAME", "FILE.qicao" or "FILE.docx|txt". */
export function parseDraftSource(arg: string): DraftSource {
  const hash = arg.lastIndexOf('#');
  if (hash > 0 && PLAN_FILE.test(arg.slice(0, hash))) {
    const name = arg.slice(hash + 1).trim();
    if (!name) throw new QicaoError('bad-input', `“${arg}”的“#”后没有稿件名称，请写成“计划.qicao#征求意见稿”，或去掉“#”比较当前稿。`);
    return { planFile: path.resolve(arg.slice(0, hash)), ref: { snapshotName: name }, document: null, display: `${path.basename(arg.slice(0, hash))}#${name}` };
  }
  if (PLAN_FILE.test(arg)) return { planFile: path.resolve(arg), ref: { current: true }, document: null, display: `${path.basename(arg)}（当前稿）` };
  return { planFile: null, ref: null, document: arg, display: path.basename(arg) };
}

async function documentTree(file: string): Promise<DraftTree> {
  const doc = await readPlanDocument(file);
  const measures = doc.spec.parts.reduce((n, p) => n + [...p.aspects.flatMap((a) => a.keyTasks), ...p.keyTasks].reduce((m, t) => m + t.measures.length, 0), 0);
  if (doc.kind === 'explanation' || measures === 0) {
    throw new QicaoError(
      'bad-input',
      `“${path.basename(file)}”中没有读出行动计划的措施（${doc.kind === 'explanation' ? '它是起草说明' : '没有“（1）”编号的具体措施，也没有任务分工表'}），无法比较；请给出行动计划正文或任务分工表。`,
    );
  }
  return treeFromSpec(doc.spec);
}

/** Compares two drafts named as on the command line; nothing is written to the plan files. */
export async function compareSources(fromArg: string, toArg: string): Promise<Comparison> {
  const from = parseDraftSource(fromArg);
  const to = parseDraftSource(toArg);
  const open = new Map<string, Db>();
  const dbOf = (file: string) => open.get(file) ?? (open.set(file, openPlanFile(file)), open.get(file)!);
  try {
    const load = async (s: DraftSource): Promise<{ label: DraftLabel; tree: DraftTree; plan: Plan | null }> => {
      if (s.planFile && s.ref) {
        const { label, plan } = readDraft(dbOf(s.planFile), s.ref);
        return { label: { ...label, name: s.display }, tree: treeFromPlan(plan), plan };
      }
      return { label: { name: s.display, source: 'document' }, tree: await documentTree(s.document!), plan: null };
    };
    const before = await load(from);
    const after = await load(to);
    const samePlan = from.planFile !== null && from.planFile === to.planFile;
    if (samePlan) return compareTrees(before.tree, after.tree, { from: before.label, to: after.label, byId: true, comments: commentLookup(dbOf(from.planFile!)) });
    // drafts paired by similarity (a document, or two plan files): in the worker thread, under its limits
    return await parseOffThread({ kind: 'compare', before: before.tree, after: after.tree, options: { from: before.label, to: after.label, byId: false } });
  } finally {
    for (const db of open.values()) db.close();
  }
}
