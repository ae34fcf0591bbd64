// The top bar at any window width: the features' items (top-bar-items.tsx) that do not fit beside
// the plan's title go, in OVERFLOW_ORDER, into 更多…, a keyboard menu that repeats their buttons.
//
// The items are the features' own components (each keeps its button and its dialog), so an item
// that overflows stays mounted: only its buttons are hidden (its open dialog, if any, still shows),
// and a menu entry clicks the hidden button. The menu is read from the hidden buttons when it
// opens, so it always has their current labels, tooltips and disabled state.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

const OVERFLOWED = 'overflowed';

/** How far the bar's children run past its content box (px); 0 when everything fits. */
function overrun(bar: HTMLElement): number {
  const box = bar.getBoundingClientRect();
  const right = box.right - parseFloat(getComputedStyle(bar).paddingRight);
  let last = 0;
  for (const child of bar.children) last = Math.max(last, child.getBoundingClientRect().right);
  return Math.max(0, last - right, bar.scrollWidth - bar.clientWidth);
}

/**
 * Which items to hide: everything is shown for a moment (no paint in between) to see how far the
 * bar runs over, then items are taken in `order` until what they free covers it and the 更多…
 * button. Measured again when the bar's width or anything inside it changes.
 */
export function useTopBarOverflow(bar: RefObject<HTMLElement | null>, more: RefObject<HTMLElement | null>, order: readonly string[]): ReadonlySet<string> {
  const [hidden, setHidden] = useState<string[]>([]);
  const orderRef = useRef(order);
  orderRef.current = order;
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const items = [...el.querySelectorAll<HTMLElement>('[data-bar-item]')];
      const moreWrap = more.current;
      const was = items.map((i) => i.classList.contains(OVERFLOWED));
      items.forEach((i) => i.classList.remove(OVERFLOWED));
      const deficit = overrun(el);
      const widths = new Map(items.map((i) => [i.dataset.barItem!, i.getBoundingClientRect().width]));
      // 更多… shown already: it is in the deficit (and is never hidden here: it may have the focus)
      let moreWidth = 0;
      if (moreWrap?.hidden) {
        moreWrap.hidden = false;
        moreWidth = moreWrap.getBoundingClientRect().width;
        moreWrap.hidden = true;
      }
      items.forEach((i, k) => i.classList.toggle(OVERFLOWED, was[k]));
      const gap = parseFloat(getComputedStyle(items[0]?.parentElement ?? el).columnGap) || 0;
      const next: string[] = [];
      if (deficit > 0.5) {
        let freed = 0;
        const ids = [...widths.keys()];
        const ranked = [...ids.filter((id) => !orderRef.current.includes(id)).reverse(), ...orderRef.current.filter((id) => widths.has(id))];
        for (const id of ranked) {
          next.push(id);
          freed += widths.get(id)! + gap;
          if (freed >= deficit + (moreWidth ? moreWidth + gap : 0)) break;
        }
      }
      setHidden((prev) => (prev.length === next.length && prev.every((id, k) => id === next[k]) ? prev : next));
    };
    const soon = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    const resized = new ResizeObserver(soon);
    resized.observe(el);
    // an item's label changing (印发… → 已印发 文号 · 开始调整…) or the save status growing
    const changed = new MutationObserver(soon);
    changed.observe(el, { childList: true, subtree: true, characterData: true });
    void document.fonts?.ready.then(soon);
    return () => {
      resized.disconnect();
      changed.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [bar, more]);
  return new Set(hidden);
}

export const overflowClass = (hidden: boolean) => `bar-item${hidden ? ` ${OVERFLOWED}` : ''}`;

type Entry = { kind: 'action'; label: string; title: string; disabled: boolean; target: HTMLButtonElement } | { kind: 'note'; text: string; title: string };

/** What the hidden items offer, in bar order: their buttons (by their full name: a bar label may be cut short), and their status words (已印发 文号). */
function entriesOf(bar: HTMLElement): Entry[][] {
  return [...bar.querySelectorAll<HTMLElement>(`[data-bar-item].${OVERFLOWED}`)].map((item) =>
    [...item.querySelectorAll<HTMLElement>('button, [data-testid]')]
      .filter((e) => !e.closest('.modal-backdrop, [role="dialog"]') && (e instanceof HTMLButtonElement || !e.querySelector('button')))
      .map((e): Entry =>
        e instanceof HTMLButtonElement
          ? { kind: 'action', label: (e.getAttribute('aria-label') || e.textContent || '').trim(), title: e.title, disabled: e.disabled, target: e }
          : { kind: 'note', text: (e.textContent ?? '').trim(), title: e.title },
      )
      .filter((e) => (e.kind === 'action' ? e.label : e.text)),
  );
}

export function MoreMenu({ bar, wrap, visible }: { bar: RefObject<HTMLElement | null>; wrap: RefObject<HTMLDivElement | null>; visible: boolean }) {
  const [groups, setGroups] = useState<Entry[][] | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const open = groups !== null;
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => wrap.current?.contains(e.target as Node) || setGroups(null);
    document.addEventListener('mousedown', close);
    wrap.current?.querySelector<HTMLElement>('[role="menuitem"]:not(:disabled)')?.focus();
    return () => document.removeEventListener('mousedown', close);
  }, [open, wrap]);
  useEffect(() => {
    if (!visible) setGroups(null);
  }, [visible]);
  const show = () => bar.current && setGroups(entriesOf(bar.current));
  const onMenuKey = (e: React.KeyboardEvent) => {
    const items = [...(wrap.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown') items[(i + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(i - 1 + items.length) % items.length]?.focus();
    else if (e.key === 'Home') items[0]?.focus();
    else if (e.key === 'End') items[items.length - 1]?.focus();
    else if (e.key === 'Escape') {
      setGroups(null);
      button.current?.focus();
    } else if (e.key === 'Tab') setGroups(null);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };
  return (
    <div className="menu-wrap" ref={wrap} hidden={!visible}>
      <button
        ref={button}
        className="menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        title="窗口较窄时放不下的操作"
        onClick={() => (open ? setGroups(null) : show())}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            show();
          }
        }}
      >
        更多…
      </button>
      {groups && (
        <div className="menu menu-end" role="menu" aria-label="更多" onKeyDown={onMenuKey}>
          {groups.map((entries, g) => (
            <div key={g} role="group" className="menu-group">
              {g > 0 && <div role="separator" className="menu-separator" />}
              {entries.map((e, k) =>
                e.kind === 'action' ? (
                  <button
                    key={k}
                    role="menuitem"
                    disabled={e.disabled}
                    title={e.title || undefined}
                    onClick={() => {
                      setGroups(null);
                      e.target.click();
                    }}
                  >
                    {e.label}
                  </button>
                ) : (
                  <div key={k} className="menu-label" title={e.title || undefined}>
                    {e.text}
                  </div>
                ),
              )}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
