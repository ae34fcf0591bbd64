// The top bar: the plan's name (click to rename), 文件, 撤销/重做 (with what they would undo),
// 搜索, the features' own actions (those that do not fit go into 更多…), and whether everything
// is saved. Nothing in the bar wraps: the title gives way first (cut with …, whole in its tooltip).
import { useEffect, useRef, useState } from 'react';
import type { HistoryState } from '../../../core/api/channels/editor.ts';
import type { PlanView } from '../../../core/api/contract.ts';
import { plainTitle, drafterBreaks } from '../../../core/model/title-lines.ts';
import { api } from '../api/bridge.ts';
import { FileMenu } from '../files/FileMenu.tsx';
import type { FileDialogRequest } from '../files/FileDialogs.tsx';
import { trackSave, useSaveStatus } from './autosave.ts';
import type { ShellContext } from './context.ts';
import { OVERFLOW_ORDER, topBarItems } from './top-bar-items.tsx';
import { MoreMenu, overflowClass, useTopBarOverflow } from './TopBarOverflow.tsx';

interface Props {
  ctx: ShellContext | null;
  history: HistoryState;
  /** how many undo/redo requests have finished (lets a test wait for one) */
  historySteps: number;
  onUndo(): void;
  onRedo(): void;
  onFile(r: FileDialogRequest): void;
  onOpened(v: PlanView): void;
  onRenamed(v: PlanView): void;
  onSearch(): void;
  fail(e: unknown): void;
}

export function TopBar(p: Props) {
  const plan = p.ctx?.view ?? null;
  const [renaming, setRenaming] = useState(false);
  const bar = useRef<HTMLElement>(null);
  const more = useRef<HTMLDivElement>(null);
  const overflowed = useTopBarOverflow(bar, more, OVERFLOW_ORDER);
  return (
    <header className="topbar" ref={bar}>
      <div className="brand">起草助手</div>
      <FileMenu hasPlan={!!plan} onFile={p.onFile} onOpened={p.onOpened} fail={p.fail} />
      <div className="plan-title" data-testid="plan-title">
        {plan && renaming ? (
          <PlanTitleInput
            plan={plan}
            onDone={(v) => {
              setRenaming(false);
              if (v) p.onRenamed(v);
            }}
            fail={p.fail}
          />
        ) : (
          <button className="title-button" disabled={!plan} title={plan ? `${plan.title}\n${plan.path}（单击修改计划名称）` : ''} onClick={() => setRenaming(true)}>
            {/* the end of a long title is what tells plans apart ("……2025年行动计划"): the start is cut instead */}
            <span className="title-text">{plan ? plan.title : '未打开计划'}</span>
          </button>
        )}
        {plan?.isSample && <span className="badge">示例</span>}
      </div>
      {plan && (
        <nav className="edit-actions" aria-label="编辑" data-history-steps={p.historySteps}>
          <button onClick={p.onUndo} disabled={!p.history.undo} title={p.history.undo ? `撤销：${p.history.undo}（Ctrl+Z）` : '没有可撤销的操作'}>
            撤销
          </button>
          <button onClick={p.onRedo} disabled={!p.history.redo} title={p.history.redo ? `重做：${p.history.redo}（Ctrl+Shift+Z）` : '没有可重做的操作'}>
            重做
          </button>
          <button onClick={p.onSearch} title="在计划和起草说明中查找（Ctrl+F）">
            搜索
          </button>
          {p.ctx &&
            topBarItems.map((item) => (
              <span key={item.id} className={overflowClass(overflowed.has(item.id))} data-bar-item={item.id}>
                {item.render(p.ctx!)}
              </span>
            ))}
          <MoreMenu bar={bar} wrap={more} visible={overflowed.size > 0} />
        </nav>
      )}
      {plan && <SaveStatusLine />}
    </header>
  );
}

function SaveStatusLine() {
  const s = useSaveStatus();
  const text =
    s.state === 'saving'
      ? '正在保存…'
      : s.state === 'error'
        ? '保存失败'
        : s.state === 'unsaved'
          ? '未保存，正在重试'
          : s.state === 'refused'
            ? `未保存：${s.message}`
            : '已自动保存';
  const why = s.state === 'error' || s.state === 'unsaved' || s.state === 'refused' ? s.message : '每次修改都立即写入计划文件';
  const look = s.state === 'unsaved' ? 'error unsaved' : s.state === 'refused' ? 'error refused' : s.state;
  return (
    <div className={`save-status ${look}`} role="status" title={why}>
      {text}
    </div>
  );
}

/**
 * The plan's name, year and drafting unit. A "|" typed in the name is where the exported title
 * breaks (stored as the title-break setting, not in the name); without one the title is broken
 * automatically between words.
 */
function PlanTitleInput(p: { plan: PlanView; onDone(v: PlanView | null): void; fail(e: unknown): void }) {
  const [title, setTitle] = useState(p.plan.title);
  const [year, setYear] = useState(p.plan.year === null ? '' : String(p.plan.year));
  const [unit, setUnit] = useState('');
  const [loaded, setLoaded] = useState(false);
  // typed before the stored settings arrived: the drafter's words win over the late reply
  const unitTyped = useRef(false);
  useEffect(() => {
    let live = true;
    api
      .call('plan.documentSettings', {})
      .then((s) => {
        if (!live) return;
        // the stored breaks are shown in the name while they still spell it
        if (s.titleBreak && drafterBreaks(p.plan.title, s.titleBreak)) setTitle(s.titleBreak);
        if (!unitTyped.current) setUnit(s.draftingUnit);
        setLoaded(true);
      })
      .catch(() => setLoaded(true));
    return () => {
      live = false;
    };
  }, [p.plan.title]);
  const save = async () => {
    const y = year.trim() === '' ? null : Number(year);
    if (y !== null && (!Number.isInteger(y) || y < 1949 || y > 2100)) return p.fail(new Error('年度须为四位年份，如 2024。'));
    const name = plainTitle(title).trim();
    if (!name) return p.fail(new Error('计划名称不能为空。'));
    const titleBreak = /[|\n]/.test(title.trim()) ? title.trim() : '';
    try {
      await trackSave(api.call('plan.update', { title: name, year: y, ...(loaded ? { titleBreak } : {}), ...(loaded || unitTyped.current ? { draftingUnit: unit.trim() } : {}) }));
      p.onDone({ ...p.plan, title: name, year: y });
    } catch (e) {
      p.fail(e);
      p.onDone(null);
    }
  };
  return (
    <form
      className="plan-title-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => e.key === 'Escape' && p.onDone(null)}
    >
      <input
        aria-label="计划名称"
        autoFocus
        // the caret and the view at the end of the title, where the year and 行动计划 are
        onFocus={(e) => {
          const el = e.currentTarget;
          el.setSelectionRange(el.value.length, el.value.length);
          el.scrollLeft = el.scrollWidth;
        }}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        title="导出的标题过长时自动在词语之间分行；如需指定，在换行处输入“|”"
      />
      <input aria-label="年度" className="year" value={year} onChange={(e) => setYear(e.target.value)} placeholder="年度" />
      <input
        aria-label="起草单位"
        className="unit"
        value={unit}
        onChange={(e) => {
          unitTyped.current = true;
          setUnit(e.target.value);
        }}
        placeholder="起草单位"
        title="导出的 Word 文件以此为作者"
      />
      <button type="submit" className="primary">
        确定
      </button>
      <button type="button" onClick={() => p.onDone(null)}>
        取消
      </button>
    </form>
  );
}
