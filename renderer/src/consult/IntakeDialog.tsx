// 导入反馈文件: several returned files at once (picked or dropped). Each file's unit is read from
// the file (反馈单位, 落款, file name, comment authors) and shown for confirmation, the round's
// consulted units first; then all are imported and each file says how it went.
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ImportResult, RoundView } from '../../../core/api/contract.ts';
import type { UnitSource } from '../../../core/model/consultation.ts';
import { api } from '../api/bridge.ts';
import { FilePickButton } from '../shell/controls/FilePickButton.tsx';
import { useEscape } from '../shell/controls/use-escape.ts';
import { MAX_UPLOAD_BYTES, readAsBase64 } from './file-base64.ts';
import './consult.css';

const SOURCE_TEXT: Record<UnitSource, string> = {
  反馈单位: '据文件中的“反馈单位”',
  署名: '据文件末尾的署名',
  文件名: '据文件名',
  批注作者: '据批注的作者',
};

interface Intake {
  key: string;
  name: string;
  base64: string | null;
  unit: string;
  source: UnitSource | null;
  candidates: string[];
  state: 'reading' | 'ready' | 'importing' | 'done' | 'error';
  message: string;
}

function resultText(r: ImportResult): string {
  if (r.duplicate) return '该文件已导入过，未重复添加。';
  if (r.noObjection) return `已记录${r.unit}无意见。`;
  const unlinked = r.items.filter((i) => i.target === null).length;
  return `已导入${r.unit}的 ${r.items.length} 条意见${unlinked ? `，其中 ${unlinked} 条需手工关联` : ''}。`;
}

export function IntakeDialog(props: { roundId: number | null; onClose(): void; onImported(roundId: number | null): void }) {
  const [files, setFiles] = useState<Intake[]>([]);
  const [round, setRound] = useState<RoundView | null>(null);
  const [busy, setBusy] = useState(false);
  const seq = useRef(0);
  useEscape(() => !busy && props.onClose());
  useEffect(() => {
    api.call('consult.rounds', {}).then(
      (list) => setRound(list.find((r) => r.id === props.roundId) ?? list[list.length - 1] ?? null),
      () => undefined,
    );
  }, [props.roundId]);

  const patch = (key: string, p: Partial<Intake>) => setFiles((list) => list.map((f) => (f.key === key ? { ...f, ...p } : f)));

  const add = (picked: File[]) => {
    for (const file of picked) {
      const key = `f${++seq.current}`;
      setFiles((list) => [...list, { key, name: file.name, base64: null, unit: '', source: null, candidates: [], state: 'reading', message: '正在识别单位…' }]);
      void (async () => {
        if (file.size > MAX_UPLOAD_BYTES) {
          patch(key, {
            state: 'error',
            message: `文件有 ${(file.size / 1024 / 1024).toFixed(1)} MB，超过界面导入的上限（约 29 MB）。请删去文件中的大图片后再导入，或用命令行 qicao feedback 导入。`,
          });
          return;
        }
        try {
          const base64 = await readAsBase64(file);
          const found = await api.call('consult.inspectFeedback', { fileName: file.name, base64, roundId: props.roundId ?? undefined });
          patch(key, {
            base64,
            unit: found.unit ?? '',
            source: found.unitSource,
            candidates: found.candidates,
            state: 'ready',
            message: found.unit ? '' : '未能从文件中识别出单位，请选择。',
          });
        } catch (e) {
          patch(key, { state: 'error', message: (e as Error).message });
        }
      })();
    }
  };

  const importAll = async () => {
    setBusy(true);
    let lastRound: number | null = null;
    for (const f of files) {
      if (f.state !== 'ready' || !f.base64 || !f.unit) continue;
      patch(f.key, { state: 'importing', message: '正在导入…' });
      try {
        const r = await api.call('consult.importFeedback', { unit: f.unit, fileName: f.name, base64: f.base64, roundId: props.roundId ?? undefined });
        patch(f.key, { state: 'done', message: resultText(r) });
        lastRound = props.roundId;
      } catch (e) {
        patch(f.key, { state: 'ready', message: (e as Error).message });
      }
    }
    setBusy(false);
    props.onImported(lastRound);
  };

  const consulted = new Set(round?.units ?? []);
  const ready = files.filter((f) => f.state === 'ready');
  const missingUnit = ready.some((f) => !f.unit);
  const allDone = files.length > 0 && files.every((f) => f.state === 'done' || f.state === 'error');

  // on <body>: the panels and views are layout containers (contain: strict) that would clip a
  // fixed overlay to their own box
  return createPortal(
    <div className="modal-backdrop">
      <div className="modal intake-dialog" role="dialog" aria-modal="true" aria-label="导入反馈文件">
        <h2>导入单位返回的文件{round ? `（${round.name}）` : ''}</h2>
        <p className="hint">可一次选择或拖入多个文件：带批注或修订的 Word 文件、意见反馈表（.docx 或 .xlsx）、写明“无意见”的复函。</p>
        <FilePickButton label="返回的文件" accept=".docx,.xlsx" multiple disabled={busy} chosen={files.map((f) => f.name)} onFiles={add} />
        {files.length > 0 && (
          <table className="intake-table" aria-label="待导入的文件">
            <thead>
              <tr>
                <th scope="col">文件</th>
                <th scope="col">反馈单位</th>
                <th scope="col">结果</th>
                <th scope="col">
                  <span className="visually-hidden">操作</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {files.map((f) => (
                <tr key={f.key} aria-label={f.name} data-state={f.state}>
                  <td className="intake-name" title={f.name}>
                    {f.name}
                  </td>
                  <td>
                    {f.state === 'reading' || f.state === 'error' ? null : (
                      <>
                        <select
                          aria-label={`${f.name}的反馈单位`}
                          value={f.unit}
                          disabled={f.state !== 'ready' || busy}
                          aria-invalid={f.state === 'ready' && !f.unit}
                          onChange={(e) => patch(f.key, { unit: e.target.value, source: null, message: '' })}
                        >
                          <option value="">请选择单位</option>
                          <optgroup label="本轮征求的单位">
                            {f.candidates
                              .filter((u) => consulted.has(u) || u === f.unit)
                              .map((u) => (
                                <option key={u} value={u}>
                                  {u}
                                </option>
                              ))}
                          </optgroup>
                          <optgroup label="其他单位">
                            {f.candidates
                              .filter((u) => !consulted.has(u) && u !== f.unit)
                              .map((u) => (
                                <option key={u} value={u}>
                                  {u}
                                </option>
                              ))}
                          </optgroup>
                        </select>
                        {f.source && f.unit && <span className="hint intake-source">{SOURCE_TEXT[f.source]}识别，请核对</span>}
                      </>
                    )}
                  </td>
                  <td className={`intake-result ${f.state}`} role={f.state === 'error' ? 'alert' : undefined}>
                    {f.message || (f.state === 'ready' ? '待导入' : '')}
                  </td>
                  <td>
                    {(f.state === 'ready' || f.state === 'error') && !busy && (
                      <button type="button" className="link" aria-label={`移除${f.name}`} onClick={() => setFiles((l) => l.filter((x) => x.key !== f.key))}>
                        移除
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="modal-actions">
          <button type="button" onClick={props.onClose} disabled={busy}>
            {allDone ? '完成' : '取消'}
          </button>
          <button
            type="button"
            className="primary"
            disabled={busy || ready.length === 0 || missingUnit}
            title={missingUnit ? '请先为每个文件选择反馈单位' : ''}
            onClick={() => void importAll()}
          >
            {busy ? '正在导入…' : `全部导入（${ready.length} 个文件）`}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
