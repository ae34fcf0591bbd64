import './consult.css';
// 征求意见: the rounds, how each unit answered, the comments and their handling. All logic is in
// core (consult.*); this panel shows it and passes the drafter's decisions on.
import { useCallback, useEffect, useState } from 'react';
import type { CommentView, DashboardView, RoundView } from '../../../core/api/contract.ts';
import { chineseDate } from '../../../core/model/consultation.ts';
import type { Unit } from '../../../core/model/plan.ts';
import { api } from '../api/bridge.ts';
import { CommentDetail } from './CommentDetail.tsx';
import { CommentList, type ListFilter } from './CommentList.tsx';
import { IntakeDialog } from './IntakeDialog.tsx';
import { TypedCommentForm } from './IntakeForms.tsx';
import { folderOf } from '../export/ExportDialog.tsx';
import { WrittenFiles } from '../shell/controls/WrittenFiles.tsx';
import { RoundDashboard } from './RoundDashboard.tsx';
import { AdoptionExportForm, SendRoundForm } from './RoundForms.tsx';

export interface ConsultPanelProps {
  /** Select the node in the outline and show it. */
  onJump(nodeId: number): void;
  /** The plan text changed (an accepted tracked change): the window should read it again. */
  onPlanChanged?(): void | Promise<void>;
  /** Bumps when the plan was read again (undo, another panel's edit): the panel reloads. */
  version?: number;
  /** The open plan's file: its folder is where the round's files go unless another is chosen. */
  planPath?: string;
  /** Shows the wide 意见审阅 view. */
  onReview?(): void;
}

type Form = 'send' | 'import' | 'type' | 'export' | null;

export function ConsultPanel({ onJump, onPlanChanged, version, planPath, onReview }: ConsultPanelProps) {
  const [rounds, setRounds] = useState<RoundView[]>([]);
  const [roundId, setRoundId] = useState<number | null>(null);
  const [dashboard, setDashboard] = useState<DashboardView | null>(null);
  const [comments, setComments] = useState<CommentView[]>([]);
  const [units, setUnits] = useState<Unit[]>([]);
  const [filter, setFilter] = useState<ListFilter>('all');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [form, setForm] = useState<Form>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [written, setWritten] = useState<{ title: string; paths: string[] } | null>(null);
  const defaultFolder = planPath ? folderOf(planPath) : '';

  const fail = useCallback((e: unknown) => {
    setNotice(null);
    setError(e instanceof Error ? e.message : String(e));
  }, []);

  /** Reads everything again; `pick` chooses the round to show (the latest when absent). */
  const load = useCallback(
    async (pick?: number | null) => {
      try {
        const [list, unitList] = await Promise.all([api.call('consult.rounds', {}), api.call('units.list', {})]);
        setRounds(list);
        setUnits(unitList);
        const id = pick !== undefined && pick !== null && list.some((r) => r.id === pick) ? pick : (list[list.length - 1]?.id ?? null);
        setRoundId(id);
        if (id === null) {
          setDashboard(null);
          setComments([]);
          return;
        }
        const [d, c] = await Promise.all([api.call('consult.dashboard', { roundId: id }), api.call('consult.comments', { roundId: id })]);
        setDashboard(d);
        setComments(c);
      } catch (e) {
        fail(e);
      }
    },
    [fail],
  );

  useEffect(() => {
    void load(roundId);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-read when the plan changes (version); a round picked in the panel reads itself
  }, [load, version]);

  const done = async (message: string, pick?: number | null, paths: string[] = []) => {
    setForm(null);
    setError(null);
    setNotice(message);
    setWritten(paths.length ? { title: message, paths } : null);
    await load(pick ?? roundId);
  };

  const selected = comments.find((c) => c.id === selectedId) ?? null;
  const round = rounds.find((r) => r.id === roundId) ?? null;

  return (
    <div className="cs" aria-label="征求意见">
      <div className="cs-bar">
        {rounds.length > 0 ? (
          <select aria-label="征求意见轮次" value={roundId ?? ''} onChange={(e) => void load(Number(e.target.value))}>
            {rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        ) : (
          <span className="hint">还没有征求意见轮次。</span>
        )}
        {onReview && (
          <button className="primary" onClick={onReview} title="在宽屏中对照计划正文逐条处理意见">
            审阅意见
          </button>
        )}
        <button onClick={() => setForm(form === 'send' ? null : 'send')}>发出新一轮…</button>
        <button onClick={() => setForm('import')}>导入反馈…</button>
        <button onClick={() => setForm(form === 'type' ? null : 'type')}>录入意见…</button>
        <button disabled={comments.length === 0} onClick={() => setForm(form === 'export' ? null : 'export')}>
          导出采纳情况表…
        </button>
      </div>
      {round && (
        <p className="hint">
          {round.sentDate ? `${chineseDate(round.sentDate)}发出` : '尚未发出'}
          {round.dueDate ? `，${chineseDate(round.dueDate)}截止` : ''}
          {round.snapshotName ? `；稿件“${round.snapshotName}”` : ''}
        </p>
      )}
      {error && (
        <div className="cs-error" role="alert">
          {error}
        </div>
      )}
      {written ? (
        <WrittenFiles title={written.title} paths={written.paths} />
      ) : (
        notice && (
          <div className="cs-note" role="status" data-testid="consult-notice">
            {notice}
          </div>
        )
      )}

      {form === 'send' && (
        <SendRoundForm
          units={units}
          defaultFolder={defaultFolder}
          onCancel={() => setForm(null)}
          onError={fail}
          onDone={(r) => void done(`已发出“${r.round.name}”，生成 ${r.files.length} 个文件，征求意见稿已保存为“${r.round.snapshotName}”。`, r.round.id, r.files)}
        />
      )}
      {form === 'import' && (
        <IntakeDialog
          roundId={roundId}
          onClose={() => setForm(null)}
          onImported={(id) => {
            void load(id ?? roundId);
            void onPlanChanged?.();
          }}
        />
      )}
      {form === 'type' && <TypedCommentForm roundId={roundId} units={units} onCancel={() => setForm(null)} onError={fail} onDone={(m) => void done(m)} />}
      {form === 'export' && (
        <AdoptionExportForm
          roundId={roundId}
          defaultFolder={defaultFolder}
          onCancel={() => setForm(null)}
          onError={fail}
          onDone={(p) => void done('已导出意见采纳情况表。', roundId, [p])}
        />
      )}

      {dashboard && <RoundDashboard dashboard={dashboard} />}
      {roundId !== null && <CommentList comments={comments} filter={filter} onFilter={setFilter} selectedId={selectedId} onSelect={setSelectedId} />}
      {selected && (
        <CommentDetail
          comment={selected}
          onJump={onJump}
          onError={fail}
          onDeleted={() => {
            setSelectedId(null);
            void done('已删除这条手工录入的意见。');
          }}
          onChanged={(c, planChanged) => {
            setError(null);
            setWritten(null);
            setNotice(planChanged ? '已接受修订，计划文字已修改。' : null);
            setComments((list) => list.map((x) => (x.id === c.id ? c : x)));
            // the outline's 意见 marks and its 有待处理意见 filter follow at once (no reload);
            // reading the plan again bumps `version`, which reloads this panel too
            if (onPlanChanged) void onPlanChanged();
            else void load(roundId);
          }}
        />
      )}
    </div>
  );
}
