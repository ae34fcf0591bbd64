// A bound token is one unit, not text to write in. A click on it left the browser with no caret
// Lexical knows (the token is not editable), and End on a line ending in one stopped in front of
// it or went nowhere — so Enter and the typing after it landed elsewhere, out of sight, or not at
// all. Here a click puts the caret beside the token, End on a line ending in a token goes past
// it, and any key first moves a caret that sits inside a token's text out of it.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, $getRoot, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { $isBoundValueNode } from '../../nodes/BoundValueNode.ts';

const HOST = '.bound-token-host';

/** The token a collapsed DOM caret sits in, and whether it is nearer the token's end. */
export function caretInToken(root: HTMLElement, sel: Selection | null): { host: Element; after: boolean } | null {
  if (!sel || sel.rangeCount === 0 || !sel.isCollapsed || !sel.anchorNode || !root.contains(sel.anchorNode)) return null;
  const anchor = sel.anchorNode;
  const el = anchor.nodeType === Node.ELEMENT_NODE ? (anchor as Element) : anchor.parentElement;
  const host = el?.closest(HOST);
  if (!host || !root.contains(host)) return null;
  // the caret's place within the token's text decides the side (its end when unclear)
  const range = document.createRange();
  range.selectNodeContents(host);
  range.setEnd(anchor, sel.anchorOffset);
  const before = range.toString().length;
  return { host, after: before * 2 >= (host.textContent ?? '').length };
}

/** Where a collapsed caret is drawn: its own box, or the box of the character or element before it. */
function caretRect(sel: Selection): DOMRect | null {
  const range = sel.getRangeAt(0);
  const own = range.getClientRects()[0];
  if (own && own.height > 0) return own;
  const node = sel.anchorNode!;
  const offset = sel.anchorOffset;
  if (node.nodeType === Node.TEXT_NODE && offset > 0) {
    const r = document.createRange();
    r.setStart(node, offset - 1);
    r.setEnd(node, offset);
    return [...r.getClientRects()].pop() ?? null;
  }
  const before = node.childNodes[offset - 1] ?? node.childNodes[offset];
  return before instanceof Element ? ([...before.getClientRects()].pop() ?? null) : null;
}

const sameLine = (a: DOMRect, b: DOMRect) => Math.abs(a.top + a.height / 2 - (b.top + b.height / 2)) < Math.max(a.height, b.height) / 2;

/**
 * The token that ends the caret's visual line, if the line ends in one: the last piece of the
 * caret's paragraph (text or token) with a box on that line.
 */
export function tokenEndingLine(root: HTMLElement, sel: Selection | null): Element | null {
  if (!sel || sel.rangeCount === 0 || !sel.isCollapsed || !sel.anchorNode || !root.contains(sel.anchorNode)) return null;
  let paragraph: Node | null = sel.anchorNode;
  while (paragraph && paragraph.parentNode !== root) paragraph = paragraph.parentNode;
  const line = caretRect(sel);
  if (!(paragraph instanceof Element) || !line) return null;
  for (const piece of [...paragraph.children].reverse()) {
    if (piece.tagName === 'BR') continue;
    if ([...piece.getClientRects()].some((r) => r.width > 0 && sameLine(r, line))) return piece.matches(HOST) ? piece : null;
  }
  return null;
}

/** Puts the caret right after (or before) the token shown by `host`, at once. */
function placeBeside(editor: LexicalEditor, host: Element, after: boolean): void {
  editor.update(
    () => {
      const node = $getNearestNodeFromDOMNode(host);
      if (!$isBoundValueNode(node)) return;
      if (after) node.selectNext(0, 0);
      else node.selectPrevious();
    },
    { discrete: true },
  );
}

export function TokenCaretPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const root = editor.getRootElement();
      const host = e.target instanceof Element ? e.target.closest(HOST) : null;
      if (!root || !host || !editor.isEditable()) return;
      const rects = [...host.getClientRects()];
      const line = rects.find((r) => e.clientY >= r.top && e.clientY <= r.bottom) ?? rects[rects.length - 1];
      // the side clicked: past the middle of the token's first line box, or on a later line box
      const after = !line || line !== rects[0] || e.clientX >= line.left + line.width / 2;
      if (document.activeElement !== root) root.focus({ preventScroll: true });
      placeBeside(editor, host, after);
    };
    // Chrome's End stops in front of a token that ends the line, or jumps elsewhere when the
    // caret is next to one: a line that ends in a token is handled here, any other by Chrome.
    const onKeyDown = (e: KeyboardEvent) => {
      const root = editor.getRootElement();
      if (!root || !editor.isEditable() || e.isComposing) return;
      const sel = window.getSelection();
      const inside = caretInToken(root, sel);
      if (inside) placeBeside(editor, inside.host, inside.after);
      if ((e.key === 'End' || e.key === 'Home') && (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey) {
        // Ctrl+End / Ctrl+Home: the document's end or start, wherever the browser would stop
        e.preventDefault();
        editor.update(() => (e.key === 'End' ? $getRoot().selectEnd() : $getRoot().selectStart()), { discrete: true });
        return;
      }
      if (e.key !== 'End' || e.shiftKey || e.ctrlKey || e.metaKey || e.altKey) return;
      const host = tokenEndingLine(root, window.getSelection());
      if (!host) return;
      e.preventDefault();
      placeBeside(editor, host, true);
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('keydown', onKeyDown, true);
      previous?.removeEventListener('click', onClick);
      // capture: ahead of Lexical's own keydown handling on the same element
      root?.addEventListener('keydown', onKeyDown, true);
      root?.addEventListener('click', onClick);
    });
  }, [editor]);
  return null;
}
