// A Lexical editor for text the plan stores as plain text: a measure (one paragraph: Enter
// saves) or a part's 主要目标/主要内容 (several lines). Lexical handles Chinese IME composition;
// our Enter handler never fires while a candidate is being chosen (Lexical does not dispatch
// key commands during composition, and we check again in case the browser says otherwise).
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, LineBreakNode, type LexicalEditor } from 'lexical';
import { useEffect, useRef } from 'react';

export interface PlainTextEditorProps {
  /** the text as it is in the plan file */
  value: string;
  label: string;
  placeholder?: string;
  /** several lines (Enter makes a new line); otherwise Enter commits */
  multiline?: boolean;
  /** every change the drafter makes (not changes coming from `value`) */
  onChange(text: string): void;
  /** Enter in a one-line editor, and leaving the editor */
  onCommit?(): void;
  /** true while the drafter's own change is not saved yet: `value` must not overwrite it */
  busy?(): boolean;
  className?: string;
  testId?: string;
}

/** Writes `text` as the editor's whole content; "\n" becomes a line break. */
export function $setPlainText(text: string): void {
  const root = $getRoot();
  root.clear();
  const p = $createParagraphNode();
  text.split('\n').forEach((line, i) => {
    if (i > 0) p.append($createLineBreakNode());
    if (line) p.append($createTextNode(line));
  });
  root.append(p);
}

export function $readPlainText(): string {
  return $getRoot().getTextContent();
}

const EXTERNAL = 'qicao-external';

function Behaviour(p: PlainTextEditorProps) {
  const [editor] = useLexicalComposerContext();
  const props = useRef(p);
  props.current = p;

  useEffect(() => {
    const offUpdate = editor.registerUpdateListener(({ editorState, tags, dirtyElements, dirtyLeaves }) => {
      if (tags.has(EXTERNAL) || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
      // mid-composition the text holds pinyin, not words: wait for the candidate to be chosen
      if (editor.isComposing()) return;
      props.current.onChange(editorState.read($readPlainText));
    });
    const offEnter = editor.registerCommand<KeyboardEvent | null>(
      KEY_ENTER_COMMAND,
      (event) => {
        if (props.current.multiline) return false;
        if (event && (event.isComposing || event.keyCode === 229)) return false;
        event?.preventDefault();
        props.current.onCommit?.();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    );
    // a pasted line break has no place in a one-line text
    const offBreaks = editor.registerNodeTransform(LineBreakNode, (node) => {
      if (!props.current.multiline) node.remove();
    });
    return () => {
      offUpdate();
      offEnter();
      offBreaks();
    };
  }, [editor]);

  // the file changed under us (undo, another view): show it, unless the drafter is mid-edit
  useEffect(() => {
    if (p.busy?.()) return;
    const current = editor.getEditorState().read($readPlainText);
    if (current === p.value) return;
    editor.update(() => $setPlainText(p.value), { tag: EXTERNAL });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- p.busy is asked at the moment the value changes; a new props object must not re-run it
  }, [editor, p.value]);

  return null;
}

export function PlainTextEditor(p: PlainTextEditorProps) {
  const initialConfig = {
    namespace: 'qicao-plain',
    onError: (e: Error) => console.error(e),
    theme: { paragraph: 'lx-paragraph' },
    editorState: (_editor: LexicalEditor) => $setPlainText(p.value),
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className={`lx-plain ${p.multiline ? 'multiline' : 'single'} ${p.className ?? ''}`}>
        <PlainTextPlugin
          contentEditable={
            <ContentEditable
              className="lx-content"
              role="textbox"
              aria-label={p.label}
              aria-multiline={p.multiline ? true : undefined}
              data-testid={p.testId}
              spellCheck={false}
              onBlur={() => p.onCommit?.()}
              aria-placeholder={p.placeholder ?? ''}
              placeholder={<div className="lx-placeholder">{p.placeholder ?? ''}</div>}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <Behaviour {...p} />
      </div>
    </LexicalComposer>
  );
}
