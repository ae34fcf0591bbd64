// Running one decision on a comment (采纳, 接受修订, 关联…) from a card or the side panel: the
// buttons are disabled while it runs, and a failure is kept to show beside them, where the
// drafter acted.
import { useState } from 'react';
import type { CommentView } from '../../../core/api/contract.ts';

export function useCommentAction(onChanged: (c: CommentView, planChanged: boolean) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (call: () => Promise<CommentView>, planChanged = false) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await call(), planChanged);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
