// A draft as the pickers hold it ("current" or "s:12") and as the contract wants it.
import type { DraftRefInput } from '../../../core/api/channels/drafts.ts';
import type { DraftInfo } from '../../../core/model/comparison.ts';

export type DraftChoice = 'current' | `s:${number}`;

export function toRef(choice: DraftChoice): DraftRefInput {
  return choice === 'current' ? { current: true } : { snapshotId: Number(choice.slice(2)) };
}

/**
 * 较早稿 by default: the newest round's 征求意见稿 (what the 修改对照表 answers for), else the
 * newest draft the drafter saved (not an automatic before-restore copy). The newest saved draft
 * is often the 报审稿 just taken, identical to the current text: comparing it would show nothing.
 */
export function defaultFrom(drafts: DraftInfo[]): DraftChoice | null {
  const rounds = drafts.filter((d) => d.kind === 'round');
  const saved = drafts.filter((d) => d.kind !== 'before-restore');
  const pick = rounds[rounds.length - 1] ?? saved[saved.length - 1] ?? drafts[drafts.length - 1];
  return pick ? `s:${pick.id}` : null;
}
