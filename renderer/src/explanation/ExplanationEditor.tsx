// The 起草说明 editor. Until the drafter writes in it, it shows the template built from the plan;
// the first edit stores it (table explanation, as an ExplanationDoc, which the exporter and the
// checker read). Counts and indicator values are bound tokens, updated live from the plan.
import { HeadingNode } from '@lexical/rich-text';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useEffect, useRef, useState } from 'react';
import type { ExplanationDoc } from '../../../core/model/explanation.ts';
import { api } from '../api/bridge.ts';
import { useFieldSaver } from '../editor/use-field-saver.ts';
import { trackSave } from '../shell/autosave.ts';
import type { ShellContext } from '../shell/context.ts';
import { $loadDoc, $readBlocks } from './doc-convert.ts';
import { DocumentFacts } from './DocumentFacts.tsx';
import { BoundValueNode } from './nodes/BoundValueNode.ts';
import { currentPlan, PlanContext } from './plan-context.ts';
import { BindSuggestPlugin } from './plugins/bind-suggest/BindSuggestPlugin.tsx';
import { BlockStylePlugin } from './plugins/block-style/BlockStylePlugin.tsx';
import { InsertBindingPlugin } from './plugins/insert-binding/InsertBindingPlugin.tsx';
import { JumpToBlockPlugin } from './plugins/jump-to-block/JumpToBlockPlugin.tsx';
import { PlainOnlyPlugin } from './plugins/plain-only/PlainOnlyPlugin.tsx';
import { TokenCaretPlugin } from './plugins/token-caret/TokenCaretPlugin.tsx';

const EXTERNAL = 'qicao-external';

interface Loaded {
  doc: ExplanationDoc;
  stored: boolean;
}

export function ExplanationEditor({ ctx, block }: { ctx: ShellContext; block: number | null }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  currentPlan.plan = ctx.plan;
  const saver = useFieldSaver<string>('explanation', '', async (json: string) => {
    const doc = JSON.parse(json) as ExplanationDoc;
    await api.call('explanation.save', { doc });
    // what is in the file now is what the editor shows: nothing to load back
    setLoaded({ doc, stored: true });
  });

  // the file is the truth: read it again whenever the plan was read again (undo, other edits)
  useEffect(() => {
    let live = true;
    api.call('explanation.get', {}).then((r) => {
      if (!live || saver.dirty) return;
      setLoaded((old) => {
        if (old && JSON.stringify(old.doc) === JSON.stringify(r.doc) && old.stored === r.stored) return old;
        saver.reset(r.stored ? JSON.stringify(r.doc) : '');
        return r;
      });
    }, ctx.fail);
    return () => {
      live = false;
    };
  }, [ctx.version, ctx.fail, saver]);

  if (!loaded)
    return (
      <section className="explanation-editor" aria-label="起草说明编辑">
        正在读取起草说明…
      </section>
    );

  return (
    <PlanContext.Provider value={ctx.plan}>
      <section className="explanation-editor" aria-label="起草说明编辑">
        <DocumentFacts ctx={ctx} />
        <LexicalComposer
          initialConfig={{
            namespace: 'qicao-explanation',
            nodes: [HeadingNode, BoundValueNode],
            onError: (e: Error) => console.error(e),
            theme: { paragraph: 'ex-body', heading: { h1: 'ex-h1', h2: 'ex-h2' } },
            editorState: () => $loadDoc(loaded.doc),
          }}
        >
          <Editor
            loaded={loaded}
            block={block}
            onChange={(doc) => saver.schedule(JSON.stringify(doc))}
            onFlush={() => void saver.flush()}
            busy={() => saver.dirty}
            onReset={() => {
              saver.reset('');
              trackSave(api.call('explanation.reset', {})).then(ctx.refresh).catch(ctx.fail);
            }}
          />
        </LexicalComposer>
      </section>
    </PlanContext.Provider>
  );
}

function Editor(p: { loaded: Loaded; block: number | null; onChange(doc: ExplanationDoc): void; onFlush(): void; busy(): boolean; onReset(): void }) {
  const [editor] = useLexicalComposerContext();
  const [title, setTitle] = useState(p.loaded.doc.title);
  const titleRef = useRef(title);
  titleRef.current = title;
  const props = useRef(p);
  props.current = p;

  const emit = () => {
    const doc = { title: titleRef.current, blocks: editor.getEditorState().read($readBlocks) };
    // an update that changed no text (a plugin settling on mount, a selection) is no edit: saving
    // it would store the template and record a phantom "修改起草说明" undo step
    if (!props.current.busy() && JSON.stringify(doc) === JSON.stringify(props.current.loaded.doc)) return;
    props.current.onChange(doc);
  };

  useEffect(
    () =>
      editor.registerUpdateListener(({ tags, dirtyElements, dirtyLeaves }) => {
        if (tags.has(EXTERNAL) || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
        if (editor.isComposing()) return; // pinyin is not text yet
        emit();
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one listener per editor; emit reads the latest props through a ref
    [editor],
  );

  // a document read again from the file (after undo) replaces what is shown
  useEffect(() => {
    if (props.current.busy()) return;
    const shown = JSON.stringify({ title: titleRef.current, blocks: editor.getEditorState().read($readBlocks) });
    if (shown === JSON.stringify(p.loaded.doc)) return;
    setTitle(p.loaded.doc.title);
    editor.update(() => $loadDoc(p.loaded.doc), { tag: EXTERNAL });
  }, [editor, p.loaded]);

  return (
    <>
      <div className="ex-toolbar" role="toolbar" aria-label="起草说明工具">
        <BlockStylePlugin />
        <InsertBindingPlugin />
        <span className="spacer" />
        {p.loaded.stored ? (
          <button type="button" onClick={p.onReset} title="放弃自己写的文字，按当前计划重新生成（可撤销）">
            恢复为模板
          </button>
        ) : (
          <span className="hint">按计划生成的模板，修改后自动保存</span>
        )}
      </div>
      <PlainOnlyPlugin />
      <TokenCaretPlugin />
      <BindSuggestPlugin />
      <JumpToBlockPlugin block={p.block} />
      <div className="ex-page">
        <textarea
          className="ex-title"
          aria-label="起草说明标题"
          rows={Math.max(1, Math.ceil(title.length / 28))}
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            titleRef.current = e.target.value;
            emit();
          }}
          onBlur={p.onFlush}
          onKeyDown={(e) => {
            // the title is one line; Enter goes on to the text
            if (e.key === 'Enter' && !e.nativeEvent.isComposing && e.keyCode !== 229) {
              e.preventDefault();
              editor.focus();
            }
          }}
        />
        <RichTextPlugin
          contentEditable={<ContentEditable className="ex-content" aria-label="起草说明正文" spellCheck={false} onBlur={p.onFlush} />}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <p className="hint legend">
        <span className="bound-token sample">蓝底文字</span>
        是与计划绑定的数值和句子，随计划自动更新；其余文字由您自己撰写。输入与计划相同的数字时，可一键绑定。
      </p>
    </>
  );
}
