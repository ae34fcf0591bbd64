// Structural comparison of two drafts: structure first (which node is which), words second
// (inside a changed text only). Plain data in, plain data out; the plan file and documents are
// read by ./sources.ts.
import type { PlanSpec } from '../model/plan-spec.ts';
import type { Plan } from '../model/plan.ts';
import { diffTrees, type CommentLookup } from './diff.ts';
import { alignBySimilarity, matchById } from './match.ts';
import type { Comparison, DraftLabel } from '../model/comparison.ts';
import { treeFromPlan, treeFromSpec, type DraftTree } from './tree.ts';

export type { Comparison } from '../model/comparison.ts';
export type { CommentLookup } from './diff.ts';

export interface CompareOptions {
  from: DraftLabel;
  to: DraftLabel;
  /** pair nodes by id: only for two drafts of the same plan file */
  byId: boolean;
  comments?: CommentLookup;
}

export function compareTrees(before: DraftTree, after: DraftTree, options: CompareOptions): Comparison {
  const pairing = options.byId ? matchById(before, after) : alignBySimilarity(before, after);
  return diffTrees(before, after, pairing, {
    from: options.from,
    to: options.to,
    matchedBy: options.byId ? 'id' : 'similarity',
    comments: options.comments,
  });
}

/** Two drafts of one plan (snapshots, or a snapshot and the live plan): nodes paired by id. */
export function comparePlans(before: Plan, after: Plan, options: Omit<CompareOptions, 'byId'> & { byId?: boolean }): Comparison {
  return compareTrees(treeFromPlan(before), treeFromPlan(after), { byId: true, ...options });
}

/** Two documents, which carry no ids: nodes aligned by similarity. */
export function compareSpecs(before: PlanSpec, after: PlanSpec, options: Omit<CompareOptions, 'byId' | 'comments'>): Comparison {
  return compareTrees(treeFromSpec(before), treeFromSpec(after), { ...options, byId: false });
}
