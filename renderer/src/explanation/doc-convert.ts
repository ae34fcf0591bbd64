// ExplanationDoc (the stored format the exporter and the checker read) ↔ the Lexical document.
// heading1 ↔ h1, heading2 ↔ h2, body ↔ paragraph; a text segment ↔ a TextNode; a bound
// segment ↔ a BoundValueNode. Run inside editor.update / editorState.read.
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, type ElementNode } from 'lexical';
import type { Block, ExplanationDoc, Segment } from '../../../core/model/explanation.ts';
import { $createBoundValueNode, $isBoundValueNode } from './nodes/BoundValueNode.ts';

export function $createBlock(style: Block['style']): ElementNode {
  if (style === 'heading1') return $createHeadingNode('h1');
  if (style === 'heading2') return $createHeadingNode('h2');
  return $createParagraphNode();
}

export function blockStyleOf(node: ElementNode): Block['style'] {
  if ($isHeadingNode(node)) return node.getTag() === 'h1' ? 'heading1' : 'heading2';
  return 'body';
}

export function $loadDoc(doc: ExplanationDoc): void {
  const root = $getRoot();
  root.clear();
  for (const block of doc.blocks) {
    const el = $createBlock(block.style);
    for (const s of block.segments) el.append('text' in s ? $createTextNode(s.text) : $createBoundValueNode(s.bind));
    root.append(el);
  }
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
}

export function $readBlocks(): Block[] {
  return $getRoot()
    .getChildren()
    .filter($isElementNode)
    .map((el) => {
      const segments: Segment[] = [];
      for (const child of el.getChildren()) {
        if ($isBoundValueNode(child)) segments.push({ bind: child.getBinding() });
        else if ($isTextNode(child)) {
          const last = segments[segments.length - 1];
          // neighbouring text nodes (split by selection or formatting) are one segment
          if (last && 'text' in last) segments[segments.length - 1] = { text: last.text + child.getTextContent() };
          else if (child.getTextContent()) segments.push({ text: child.getTextContent() });
        }
      }
      return { style: blockStyleOf(el), segments };
    });
}
