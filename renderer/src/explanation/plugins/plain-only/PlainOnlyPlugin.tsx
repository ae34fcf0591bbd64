// The 起草说明 has paragraphs and headings, no character formatting and no line breaks inside a
// paragraph (the exported 公文 has none): Ctrl+B/I/U do nothing, Shift+Enter makes a paragraph.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_HIGH, FORMAT_TEXT_COMMAND, INSERT_LINE_BREAK_COMMAND, INSERT_PARAGRAPH_COMMAND, LineBreakNode, TextNode } from 'lexical';
import { useEffect } from 'react';

export function PlainOnlyPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(FORMAT_TEXT_COMMAND, () => true, COMMAND_PRIORITY_HIGH),
        editor.registerCommand(INSERT_LINE_BREAK_COMMAND, () => editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined), COMMAND_PRIORITY_HIGH),
        editor.registerNodeTransform(LineBreakNode, (node) => node.remove()),
        editor.registerNodeTransform(TextNode, (node) => {
          if (node.getFormat() !== 0) node.setFormat(0);
          if (node.getStyle() !== '') node.setStyle('');
        }),
      ),
    [editor],
  );
  return null;
}
