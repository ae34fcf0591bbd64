// 正文 / 一级标题 / 二级标题 for the paragraphs the selection touches (the 公文 levels "一、"
// 黑体 and "（一）" 楷体 of the exported document).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isElementNode, $isRangeSelection, type ElementNode } from 'lexical';
import { useEffect, useState } from 'react';
import type { Block } from '../../../../../core/model/explanation.ts';
import { $createBlock, blockStyleOf } from '../../doc-convert.ts';

const STYLES: { style: Block['style']; label: string }[] = [
  { style: 'body', label: '正文' },
  { style: 'heading1', label: '一级标题' },
  { style: 'heading2', label: '二级标题' },
];

function $selectedBlocks(): ElementNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const blocks = new Map<string, ElementNode>();
  for (const node of [selection.anchor.getNode(), selection.focus.getNode(), ...selection.getNodes()]) {
    const top = node.getTopLevelElement();
    if (top && $isElementNode(top)) blocks.set(top.getKey(), top);
  }
  return [...blocks.values()];
}

export function BlockStylePlugin() {
  const [editor] = useLexicalComposerContext();
  const [current, setCurrent] = useState<Block['style'] | null>(null);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) =>
        editorState.read(() => {
          const blocks = $selectedBlocks();
          setCurrent(blocks.length === 1 ? blockStyleOf(blocks[0]) : null);
        }),
      ),
    [editor],
  );
  const apply = (style: Block['style']) =>
    editor.update(() => {
      for (const block of $selectedBlocks()) {
        if (blockStyleOf(block) !== style) block.replace($createBlock(style), true);
      }
    });
  return (
    <div className="segmented" role="group" aria-label="段落样式">
      {STYLES.map((s) => (
        <button key={s.style} type="button" aria-pressed={current === s.style} onMouseDown={(e) => e.preventDefault()} onClick={() => apply(s.style)}>
          {s.label}
        </button>
      ))}
    </div>
  );
}
