// What a panel, a main view or a top-bar item gets from the window: the plan as last read,
// the selection, and the few things it may ask the window to do.
import type { CountsView, OutlineNode, PlanView } from '../../../core/api/contract.ts';
import type { Plan } from '../../../core/model/plan.ts';

export interface ShellContext {
  view: PlanView;
  outline: OutlineNode[];
  counts: CountsView | null;
  /** null until the whole plan has been read (just after the outline) */
  plan: Plan | null;
  /** nodes with comments still 待处理 */
  pending: Set<number>;
  selectedId: number | null;
  /** bumps each time the plan was read again: re-fetch what you show when it changes */
  version: number;
  /** selects the node in the outline, scrolls to it and shows its editor */
  jumpTo(nodeId: number): void;
  /** shows one of the main area's views (shell/views.tsx), e.g. 'review' for 意见审阅 */
  showView(id: string): void;
  /** shows the 起草说明 at the given paragraph (0-based block index) */
  showExplanation(blockIndex?: number): void;
  /** reads the plan again (call after changing it) */
  refresh(): Promise<void>;
  openPanel(id: string): void;
  /** shows a Chinese error line in the window */
  fail(error: unknown): void;
  /** after saving a node's title: shows it everywhere without reading the whole plan again */
  patchTitle(id: number, title: string): void;
  /** the search panel hands over how to focus its box (Ctrl+F) */
  registerSearchFocus(focus: () => void): void;
}
