// A draft as the pickers hold it ("current" or "s:12") and as the contract wants it.
import type { DraftRefInput } from '../../../core/api/channels/drafts.ts';
import type { DraftInfo } from '../../../core/model/comparison.ts';

export type DraftChoice = 'current' | `s:${number}`;

export function toRef(choice: DraftChoice): DraftRefInput {
  return choice === 'current' ? { current: true } : { snapshotId: Number(choice.slice(2)) };
}

/** 较早稿 by default: the newest draft the drafter saved (not an automatic before-restore copy). */
export function defaultFrom(drafts: DraftInfo[]): DraftChoice | null {
  const saved = drafts.filter((d) => d.kind !== 'before-restore');
  const pick = saved[saved.length - 1] ?? drafts[drafts.length - 1];
  return pick ? `s:${pick.id}` : null;
}
