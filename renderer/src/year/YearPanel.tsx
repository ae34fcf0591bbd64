// The 年度调度 side panel: the issue record, the adjustments with their changes, the reporting
// periods with 生成填报表 / 收回填报表, the 调度 documents, next year's plan and (in a plan made
// from last year's) the 上年 panel.
import { useCallback, useMemo, useState } from 'react';
import type { OutlineNode } from '../../../core/api/contract.ts';
import { api } from '../api/bridge.ts';
import type { ShellContext } from '../shell/context.ts';
import type { PanelSpec } from '../shell/panels.tsx';
import { AdjustDialog } from './AdjustDialog.tsx';
import { DocumentButtons } from './DocumentButtons.tsx';
import { FormsDialog } from './FormsDialog.tsx';
import { ProgressIntakeDialog } from './IntakeDialog.tsx';
import { IssueDialog } from './IssueDialog.tsx';
import { NextYearDialog } from './NextYearDialog.tsx';
import { PriorYear } from './PriorYear.tsx';
import { announceYearChange, useYearChanges, useYearState } from './year-data.ts';
import './year.css';

const ACTION_LABEL = { add: '新增', delete: '删除', move: '移动', text: '改内容', deadline: '改时限', units: '改单位' } as const;

function titles(nodes: OutlineNode[], into = new Map<number, string>()): Map<number, string> {
  for (const n of nodes) {
    into.set(n.id, n.title);
    titles(n.children, into);
  }
  return into;
}

function AddPeriod(props: { onAdded(): void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    setError(null);
    try {
      await api.call('year.addPeriod', { period: name });
      setName('');
      props.onAdded();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form className="year-add-period" onSubmit={(e) => (e.preventDefault(), void add())} noValidate>
      <input aria-label="新的调度期" value={name} placeholder="如：2024年第一季度" onChange={(e) => setName(e.target.value)} />
      <button type="submit" disabled={!name.trim()}>
        添加调度期
      </button>
      {error && (
        <p className="year-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function YearPanel({ ctx }: { ctx: ShellContext }) {
  const { state, error, reload } = useYearState(ctx.version);
  useYearChanges(useCallback(() => void reload(), [reload]));
  const [dialog, setDialog] = useState<null | 'issue' | 'adjust' | 'forms' | 'intake' | 'next'>(null);
  const names = useMemo(() => titles(ctx.outline), [ctx.outline]);
  const changed = async () => {
    announceYearChange();
    await reload();
  };
  const endAdjustment = async () => {
    try {
      await api.call('year.endAdjustment', {});
      announceYearChange();
      await ctx.refresh();
    } catch (e) {
      ctx.fail(e);
    }
  };
  if (error)
    return (
      <p className="year-error" role="alert">
        {error}
      </p>
    );
  if (!state) return <p className="hint">正在读取……</p>;
  const { issue, openAdjustment, adjustments, periods } = state;
  const lastPeriod = periods[periods.length - 1] ?? null;
  return (
    <div className="year-panel">
      {/* in a plan made from last year's: where it came from, first */}
      <PriorYear version={ctx.version} titleOf={(id) => names.get(id) ?? `节点 ${id}`} onJump={ctx.jumpTo} onChanged={() => void ctx.refresh()} />
      <section className="year-section" aria-label="印发">
        <h3>印发</h3>
        {issue ? (
          <p data-testid="year-issue">
            已于 {issue.issueDate} 印发，文号 <strong>{issue.docNumber}</strong>；印发稿保存为“{issue.snapshotName}”。
          </p>
        ) : (
          <>
            <p className="hint">计划定稿印发后，在这里登记文号和印发日期；此后按调度期向牵头单位发填报表、收回进展、生成台账和通报。</p>
            <button type="button" className="primary" onClick={() => setDialog('issue')}>
              印发…
            </button>
          </>
        )}
      </section>

      {issue && (
        <section className="year-section" aria-label="调整">
          <h3>调整</h3>
          {openAdjustment ? (
            <div className="year-open-adjustment">
              <p>
                <strong>调整中</strong>：{openAdjustment.reason}
              </p>
              <button type="button" onClick={() => void endAdjustment()}>
                结束调整
              </button>
            </div>
          ) : (
            <button type="button" onClick={() => setDialog('adjust')}>
              开始调整…
            </button>
          )}
          {adjustments.length === 0 ? (
            <p className="hint">印发后尚无调整。</p>
          ) : (
            <ol className="year-adjustments" aria-label="调整记录">
              {adjustments.map((a) => (
                <li key={a.id}>
                  <div>
                    <strong>{a.reason}</strong>
                    <span className="hint">
                      {' '}
                      {a.openedAt.slice(0, 10)}
                      {a.closedAt ? '' : '，进行中'}
                      {a.madeBy ? `，${a.madeBy}` : ''}
                    </span>
                  </div>
                  {a.changes.length === 0 ? (
                    <p className="hint">尚无改动。</p>
                  ) : (
                    <ul>
                      {a.changes.map((c, i) => (
                        <li key={i}>
                          <span className="year-tag">{ACTION_LABEL[c.action]}</span>
                          {names.has(c.nodeId) ? (
                            <button type="button" className="link" onClick={() => ctx.jumpTo(c.nodeId)}>
                              {c.description}
                            </button>
                          ) : (
                            c.description
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}

      {issue && (
        <section className="year-section" aria-label="调度">
          <h3>调度</h3>
          {periods.length === 0 ? (
            <p className="hint">尚无调度期。添加一个，或直接“生成填报表”时写上调度期名称。</p>
          ) : (
            <ul className="year-periods" aria-label="调度期">
              {periods.map((p) => (
                <li key={p.id}>
                  <strong>{p.name}</strong>
                  <span className="hint">
                    {' '}
                    {p.startDate} 至 {p.endDate}
                    {p.dueDate ? `，${p.dueDate}前报送` : ''}
                  </span>
                  <span className="year-reported">
                    已报送 {p.reported}/{p.units} 个单位
                  </span>
                </li>
              ))}
            </ul>
          )}
          <AddPeriod onAdded={() => void changed()} />
          <div className="year-actions">
            <button type="button" onClick={() => setDialog('forms')}>
              生成填报表…
            </button>
            <button type="button" onClick={() => setDialog('intake')}>
              收回填报表…
            </button>
            <button type="button" className="primary" onClick={() => ctx.showView('ledger')}>
              打开台账
            </button>
          </div>
          <h4>调度文件{lastPeriod ? `（${lastPeriod.name}）` : ''}</h4>
          <DocumentButtons periodId={lastPeriod?.id ?? null} />
        </section>
      )}

      {issue && (
        <section className="year-section" aria-label="下一年度">
          <h3>下一年度</h3>
          <p className="hint">年终以本计划为底稿新建下一年度计划：沿袭每项措施，结转未完成的措施，起草说明背景段引用本年实际值。</p>
          <button type="button" onClick={() => setDialog('next')}>
            新建下一年度计划…
          </button>
        </section>
      )}

      {dialog === 'issue' && (
        <IssueDialog
          onClose={() => setDialog(null)}
          onIssued={() => {
            setDialog(null);
            announceYearChange();
            void ctx.refresh();
          }}
        />
      )}
      {dialog === 'adjust' && (
        <AdjustDialog
          onClose={() => setDialog(null)}
          onOpened={() => {
            setDialog(null);
            announceYearChange();
            void ctx.refresh();
          }}
        />
      )}
      {dialog === 'forms' && <FormsDialog periods={periods} planPath={ctx.view.path} onClose={() => setDialog(null)} onWritten={() => void changed()} />}
      {dialog === 'intake' && <ProgressIntakeDialog periods={periods} onClose={() => setDialog(null)} onTaken={() => void changed()} />}
      {dialog === 'next' && <NextYearDialog planPath={ctx.view.path} year={ctx.view.year} onClose={() => setDialog(null)} />}
    </div>
  );
}

export const yearPanel: PanelSpec = { id: 'year', title: '年度调度', render: (ctx) => <YearPanel ctx={ctx} /> };
