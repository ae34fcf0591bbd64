// Window-wide keys: Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo in the plan file, also
// from inside an editor — the file's history covers text and structure alike — and Ctrl+F
// searches the plan instead of the page. Captured before editors see them.
import { useEffect, useRef } from 'react';

export function useShortcuts(h: { undo(): void; redo(): void; search(): void; enabled: boolean }) {
  const handlers = useRef(h);
  handlers.current = h;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!handlers.current.enabled || e.isComposing || e.keyCode === 229) return;
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      let run: (() => void) | null = null;
      if (key === 'z' && !e.shiftKey) run = handlers.current.undo;
      else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) run = handlers.current.redo;
      else if (key === 'f' && !e.shiftKey) run = handlers.current.search;
      if (!run) return;
      // a modal dialog's own fields keep their browser behaviour
      if ((e.target as HTMLElement | null)?.closest?.('[aria-modal="true"]')) return;
      e.preventDefault();
      e.stopPropagation();
      run();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
