// Escape closes the top-most open dialog wherever the focus is (even outside the dialog, e.g.
// after a click on the page behind). Dialogs opened over others (the folder picker over the
// export dialog) stack: only the last one opened hears the key.
import { useEffect, useRef } from 'react';

const stack: { current: () => void }[] = [];

function onKey(e: KeyboardEvent) {
  if (e.key !== 'Escape' || stack.length === 0 || e.defaultPrevented) return;
  e.preventDefault();
  stack[stack.length - 1].current();
}

export function useEscape(onEscape: () => void, enabled = true): void {
  const ref = useRef(onEscape);
  ref.current = onEscape;
  useEffect(() => {
    if (!enabled) return;
    const entry = { current: () => ref.current() };
    stack.push(entry);
    if (stack.length === 1) document.addEventListener('keydown', onKey);
    return () => {
      stack.splice(stack.indexOf(entry), 1);
      if (stack.length === 0) document.removeEventListener('keydown', onKey);
    };
  }, [enabled]);
}
