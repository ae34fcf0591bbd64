// How the document was read, before the plan file is written: the counts, the level mapping
// and column meanings the drafter may change, every paragraph or row with what it became, and
// what was left out and why. Changing a mapping asks core to read the document again.
import { useState } from 'react';
import type { ImportPreview, Level, LevelRole, ColumnMeaning } from '../../../core/api/contract.ts';
import { KIND_TEXT, LEVEL_TEXT, MEANING_OPTIONS, ROLE_OPTIONS, ROW_TEXT } from './labels.ts';
import { ImportNotes } from './import-parts.tsx';
import { RowCorrection, type RowFix } from './RowCorrection.tsx';

export interface PreviewPaneProps {
  preview: ImportPreview;
  busy: boolean;
  onLevel(level: Level, role: LevelRole): void;
  onColumn(table: number, column: number, meaning: ColumnMeaning): void;
  /** The drafter corrected the units and roles of measure rows. */
  onRows(fixes: RowFix[]): void;
}

const units = (u: string[]) => u.join('、');
const ROW_PAGE = 1000;

/** What a measure's own words state (core's describeResponsibility): not a rule that completed it. */
const OWN_WORDS = /^(牵头：|配合：|实施（|时限：|责任领导)/;

/**
 * "按说明补全": the row's units, deadline or place came from elsewhere (承接第12段, 并入, a
 * convention stated once). A note that only repeats the units written in the row itself is not.
 */
function completedByRule(rule: string | null): boolean {
  return rule !== null && rule.split('；').some((piece) => piece.trim() !== '' && !OWN_WORDS.test(piece.trim()));
}

export function ImportPreviewPane({ preview, busy, onLevel, onColumn, onRows }: PreviewPaneProps) {
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [fixing, setFixing] = useState<number | null>(null);
  const key = (r: { leadUnits: string[]; supportUnits: string[] }) => `${r.leadUnits.join('、')}|${r.supportUnits.join('、')}`;
  const [all, setAll] = useState(false);
  const t = preview.totals;
  const chosen = onlyProblems ? preview.rows.filter((r) => r.as === 'skipped' || r.as === 'leftover' || completedByRule(r.rule)) : preview.rows;
  // A plan of thousands of measures: the first rows at once, the rest when asked for.
  const rows = all ? chosen : chosen.slice(0, ROW_PAGE);
  const tables = [...new Set(preview.columns.map((c) => c.table))];
  return (
    <div className="import-preview" aria-busy={busy}>
      <p className="import-preview-summary" data-testid="import-totals">
        读作{KIND_TEXT[preview.kind]}“{preview.title}”：{t.parts}个部分
        {preview.aspects ? `，${t.aspects}个方面` : ''}，{t.keyTasks}项重点任务，{t.measures}项具体措施
        {t.sections ? `；另有${t.sections}个正文章节` : ''}；{t.units}个单位。
      </p>

      {preview.levelsPresent.length > 0 && preview.mapping && (
        <fieldset className="import-levels">
          <legend>层级（{preview.aspects ? '四级：部分、方面、重点任务、具体措施' : '三级：部分、重点任务、具体措施'}）</legend>
          {preview.levelsPresent.map((level) => (
            <label key={level}>
              {LEVEL_TEXT[level]}读作
              <select aria-label={`${LEVEL_TEXT[level]}读作`} value={preview.mapping![level]} disabled={busy} onChange={(e) => onLevel(level, e.target.value as LevelRole)}>
                {ROLE_OPTIONS.map(([v, text]) => (
                  <option key={v} value={v}>
                    {text}
                  </option>
                ))}
              </select>
            </label>
          ))}
          {preview.mappingReason && <p className="import-reason">{preview.mappingReason}</p>}
        </fieldset>
      )}

      {tables.map((table) => (
        <fieldset key={table} className="import-columns">
          <legend>第{table + 1}个表格的列</legend>
          {preview.columns
            .filter((c) => c.table === table)
            .map((c) => (
              <label key={c.column} className={c.meaning === 'other' ? 'import-column-unplaced' : ''}>
                “{c.header || `第${c.column + 1}列`}”
                <select
                  aria-label={`“${c.header || `第${c.column + 1}列`}”列的含义`}
                  value={c.meaning}
                  disabled={busy}
                  onChange={(e) => onColumn(c.table, c.column, e.target.value as ColumnMeaning)}
                >
                  {MEANING_OPTIONS.map(([v, text]) => (
                    <option key={v} value={v}>
                      {text}
                    </option>
                  ))}
                </select>
              </label>
            ))}
        </fieldset>
      ))}

      {preview.parts.length > 0 && (
        <ol className="import-parts">
          {preview.parts.map((p, k) => (
            <li key={k}>
              {p.kind === 'section'
                ? `${p.title}（正文章节，不计数）`
                : `${p.title}：${preview.aspects ? `${p.aspects}个方面，` : ''}${p.keyTasks}项重点任务，${p.measures}项具体措施`}
              {p.indicators.length > 0 && <span className="import-part-indicators">；指标：{p.indicators.join('；')}</span>}
            </li>
          ))}
        </ol>
      )}

      {preview.preamble && (
        <p className="import-preamble" data-testid="import-preamble">
          前言（导出计划时印在标题之下）：{preview.preamble}
        </p>
      )}

      <ImportNotes notes={preview.notes} />

      <h3>
        逐段读取情况
        <label className="import-only-problems">
          <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />
          只看略去、未归入和按说明补全的
        </label>
      </h3>
      <div className="import-rows-scroll">
        <table className="import-rows" data-testid="import-rows">
          <thead>
            <tr>
              <th>段</th>
              <th>读作</th>
              <th>原文</th>
              <th>牵头单位</th>
              <th>配合单位</th>
              <th>完成时限</th>
              <th>说明</th>
              <th>更正</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => [
              <tr key={`${r.index}-${r.as}-${r.text.slice(0, 8)}`} className={`import-row-${r.as}`} data-as={r.as}>
                <td>{r.index + 1}</td>
                <td>{ROW_TEXT[r.as]}</td>
                <td title={r.text}>
                  <div className="import-row-text">{r.text}</div>
                </td>
                <td>{units(r.leadUnits)}</td>
                <td>{units(r.supportUnits)}</td>
                <td>{r.deadline}</td>
                <td>{r.skipped ?? r.rule ?? ''}</td>
                <td>
                  {r.as === 'measure' && (
                    <button
                      type="button"
                      className="import-row-fix-open"
                      aria-label={`更正第${r.index + 1}段的单位`}
                      disabled={busy}
                      onClick={() => setFixing(fixing === r.index ? null : r.index)}
                    >
                      更正
                    </button>
                  )}
                </td>
              </tr>,
              fixing === r.index && r.as === 'measure' ? (
                <tr key={`${r.index}-fix`} className="import-row-fix-row">
                  <td colSpan={8}>
                    <RowCorrection
                      row={r}
                      similar={preview.rows.filter((x) => x.as === 'measure' && x.index !== r.index && key(x) === key(r))}
                      busy={busy}
                      onCancel={() => setFixing(null)}
                      onApply={(fixes) => {
                        setFixing(null);
                        onRows(fixes);
                      }}
                    />
                  </td>
                </tr>
              ) : null,
            ])}
          </tbody>
        </table>
        {onlyProblems && chosen.length === 0 && <p className="import-none">没有略去、未归入或按说明补全的段落：全部文字都按自身的编号和单位读入。</p>}
        {rows.length < chosen.length && (
          <button type="button" className="import-more-rows" onClick={() => setAll(true)}>
            另有{chosen.length - rows.length}段未列出，全部显示
          </button>
        )}
      </div>

      {preview.leftovers.length > 0 && (
        <>
          <h3>不会进入计划的文字（{preview.leftovers.length}段，原文照录，请手工处理）</h3>
          <ol className="import-leftovers">
            {preview.leftovers.map((l, k) => (
              <li key={k} value={l.paragraph + 1} title={`第${l.paragraph + 1}段`}>
                {l.text}
                {l.reason && <span className="import-leftover-reason">（{l.reason}）</span>}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
