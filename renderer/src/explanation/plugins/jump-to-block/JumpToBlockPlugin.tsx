// A search hit in the 起草说明 brings its paragraph into view and marks it for a moment.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect } from 'react';

export function JumpToBlockPlugin({ block }: { block: number | null }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (block === null) return;
    const key = editor.getEditorState().read(() => $getRoot().getChildAtIndex(block)?.getKey());
    const el = key ? editor.getElementByKey(key) : null;
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.classList.add('flash');
    const t = setTimeout(() => el.classList.remove('flash'), 1600);
    return () => clearTimeout(t);
  }, [editor, block]);
  return null;
}
