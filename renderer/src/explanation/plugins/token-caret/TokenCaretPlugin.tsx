// A bound token is one unit, not text to write in. A click on it, or End on a line that ends in
// one, left the caret where Lexical cannot map it (inside the token's text, or nowhere), so
// Enter and the typing after it were lost from sight. The caret is put beside the token.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, type LexicalEditor } from 'lexical';
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

/** Puts the caret right after (or before) the token shown by `host`. */
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
    // A click on a token leaves the browser with no caret at all (the token is not editable), so
    // End then jumped to the top of the document and Enter and the typing went there, out of
    // sight. The click puts the caret beside the token instead, on the side clicked.
    const onClick = (e: MouseEvent) => {
      const host = e.target instanceof Element ? e.target.closest(HOST) : null;
      if (!host || !editor.isEditable()) return;
      const rects = [...host.getClientRects()];
      const line = rects.find((r) => e.clientY >= r.top && e.clientY <= r.bottom) ?? rects[rects.length - 1];
      const after = !line || line !== rects[0] || e.clientX >= line.left + line.width / 2;
      placeBeside(editor, host, after);
    };
    // Before a key is handled (Enter, a character, End…) the caret must be somewhere Lexical
    // knows: a caret the browser put inside a token's text is moved out of it first.
    const onKeyDown = () => {
      const root = editor.getRootElement();
      if (!root || !editor.isEditable()) return;
      const inside = caretInToken(root, window.getSelection());
      if (inside) placeBeside(editor, inside.host, inside.after);
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
