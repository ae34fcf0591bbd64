import './import.css';
// 导入: pick a .docx or .txt, name the new plan file, then see how every paragraph or row was
// read (import.preview) — change the level mapping or a column's meaning and see the counts
// change — and only then create the plan (import.commit with the same choices). The reading is
// done by core; this dialog moves the file there, keeps the drafter's choices and shows answers.
import { useEffect, useRef, useState } from 'react';
import type { ColumnMeaning, ImportPreview, ImportView, Level, LevelRole } from '../../../core/api/contract.ts';
import { totalsLine } from '../../../core/model/count-sentences.ts';
import { api } from '../api/bridge.ts';
import { ImportPreviewPane } from './ImportPreviewPane.tsx';
import { KIND_TEXT } from './labels.ts';
import { FilePickButton } from '../shell/controls/FilePickButton.tsx';
import { useEscape } from '../shell/controls/use-escape.ts';
import { ImportNotes, ImportStatus, type ImportStage } from './import-parts.tsx';

export interface ImportDialogProps {
  onClose(): void;
  /** The new plan file was created (not yet opened): the caller opens it. */
  onImported(path: string): void;
}

/** Uploads travel as base64 in one request; keep well under what a host accepts. */
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

interface Overrides {
  levels?: Partial<Record<Level, LevelRole>>;
  columns?: { table: number; column: number; meaning: ColumnMeaning }[];
  rows?: { index: number; leadUnits: string[]; supportUnits: string[] }[];
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`无法读取“${file.name}”，请确认文件没有被其他程序占用后重试。`));
    reader.readAsDataURL(file);
  });
}

function dirname(p: string): string {
  const k = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return k >= 0 ? p.slice(0, k + 1) : '';
}

export function ImportDialog({ onClose, onImported }: ImportDialogProps) {
  const [file, setFile] = useState<File | null>(null);
  const [target, setTarget] = useState('');
  const [folder, setFolder] = useState('');
  const [stage, setStage] = useState<ImportStage | null>(null);
  // Escape closes the dialog right after it opens (focus is on the 导入… button behind it then), not while reading
  useEscape(() => !stage && onClose());
  // focus moves into the dialog as it opens (not left on the button behind it)
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus({ preventScroll: true }), []);
  const [elapsed, setElapsed] = useState(0);
  const [upload, setUpload] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [overrides, setOverrides] = useState<Overrides>({});
  const [result, setResult] = useState<ImportView | null>(null);
  const [error, setError] = useState<string | null>(null);

  // New plans go next to the open one unless the drafter types another folder.
  useEffect(() => {
    api.call('plan.current', {}).then(
      (v) => setFolder(v ? dirname(v.path) : ''),
      () => setFolder(''),
    );
  }, []);

  useEffect(() => {
    if (!stage) return setElapsed(0);
    const t0 = Date.now();
    const id = setInterval(() => setElapsed(Math.floor((Date.now() - t0) / 1000)), 250);
    return () => clearInterval(id);
  }, [stage]);

  const choose = (f: File | null) => {
    setFile(f);
    setError(null);
    setResult(null);
    setPreview(null);
    setUpload(null);
    setOverrides({});
    if (f) setTarget((suggested.current = `${folder}${f.name.replace(/\.[^.]+$/, '')}.qicao`));
  };
  // the name offered for the new file: the source file's at first, the plan's title once read
  // (not "附件1.docx" or "转发稿.docx"), unless the drafter typed a name of their own
  const suggested = useRef('');
  const nameAfterTitle = (title: string) => {
    const name = title.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 80);
    if (name) setTarget((t) => (t === suggested.current ? (suggested.current = `${folder}${name}.qicao`) : t));
  };

  /** Reads the chosen file and shows how core reads it; nothing is written yet. */
  const start = async () => {
    if (!file) return setError('请先选择要导入的 .docx 或 .txt 文件。');
    if (!target.trim()) return setError('请填写新计划文件的保存位置（以 .qicao 结尾）。');
    if (file.size > MAX_UPLOAD_BYTES) {
      return setError(`“${file.name}”超过 20 MB，远大于一份行动计划；请只保留正文另存后再导入。`);
    }
    setError(null);
    try {
      setStage('reading');
      const u = { name: file.name, base64: await readAsBase64(file) };
      setUpload(u);
      setStage('previewing');
      const read = await api.call('import.preview', { ...u, overrides: {} });
      setPreview(read);
      nameAfterTitle(read.title);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setStage(null);
    }
  };

  /** The drafter changed a level or a column: read the document again with all choices so far. */
  const reread = async (next: Overrides) => {
    if (!upload) return;
    setOverrides(next);
    setError(null);
    try {
      setStage('previewing');
      setPreview(await api.call('import.preview', { ...upload, overrides: next }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setStage(null);
    }
  };

  const create = async () => {
    if (!upload) return;
    if (!target.trim()) return setError('请填写新计划文件的保存位置（以 .qicao 结尾）。');
    setError(null);
    try {
      setStage('importing');
      setResult(await api.call('import.commit', { ...upload, targetPath: target.trim(), overrides }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setStage(null);
    }
  };

  return (
    <div className="modal-backdrop">
      <div className={`modal import-dialog${preview && !result ? ' import-dialog-wide' : ''}`} role="dialog" aria-modal="true" aria-label="导入文档" tabIndex={-1} ref={box}>
        <h2>{preview && !result ? '导入预览：核对读取结果后创建计划' : '导入文档为新计划'}</h2>
        {!result && preview && (
          <>
            <ImportPreviewPane
              preview={preview}
              busy={!!stage}
              onLevel={(level, role) => void reread({ ...overrides, levels: { ...preview.mapping, ...overrides.levels, [level]: role } })}
              onColumn={(table, column, meaning) =>
                void reread({ ...overrides, columns: [...(overrides.columns ?? []).filter((c) => !(c.table === table && c.column === column)), { table, column, meaning }] })
              }
              onRows={(fixes) => void reread({ ...overrides, rows: [...(overrides.rows ?? []).filter((r) => !fixes.some((f) => f.index === r.index)), ...fixes] })}
            />
            <label className="import-target">
              新计划文件保存为
              <input type="text" value={target} disabled={!!stage} onChange={(e) => setTarget(e.target.value)} />
            </label>
            <ImportStatus stage={stage} error={error} />
            <div className="modal-actions">
              <button type="button" onClick={onClose} disabled={!!stage}>
                取消
              </button>
              <button type="button" onClick={() => setPreview(null)} disabled={!!stage}>
                重新选择文件
              </button>
              <button type="button" className="primary" onClick={() => void create()} disabled={!!stage || preview.kind === 'unknown'}>
                创建计划
              </button>
            </div>
          </>
        )}
        {!result && !preview && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void start();
            }}
          >
            <FilePickButton
              label="要导入的文档（Word .docx 或文本 .txt：行动计划、任务分工表或起草说明）"
              accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
              disabled={!!stage}
              chosen={file ? [file.name] : []}
              onFiles={(f) => choose(f[0] ?? null)}
            />
            <label>
              新计划文件保存为
              <input type="text" value={target} disabled={!!stage} placeholder="例如 /home/用户/文档/2025年行动计划.qicao" onChange={(e) => setTarget(e.target.value)} />
            </label>
            <ImportStatus stage={stage} error={error} elapsed={elapsed} />
            <div className="modal-actions">
              <button type="button" onClick={onClose} disabled={!!stage}>
                取消
              </button>
              <button type="submit" className="primary" disabled={!!stage || !file}>
                读取并预览
              </button>
            </div>
          </form>
        )}
        {result && (
          <div className="import-summary" data-testid="import-summary">
            <p role="status">
              已将{KIND_TEXT[result.kind]}“{result.title}”导入为新计划：{result.file}
            </p>
            <ol>
              {result.counts.parts.map((p, k) => (
                <li key={k}>
                  {p.name}：{p.sentence}
                </li>
              ))}
            </ol>
            <p>{totalsLine(result.counts.totals, { parts: result.counts.parts.length })}</p>
            <ImportNotes notes={result.notes} />
            {result.leftovers.length === 0 ? (
              <p>文档中的全部文字都已读入计划。</p>
            ) : (
              <>
                <h3>未能归入计划结构的文字（{result.leftovers.length}段，原文照录，请手工处理）</h3>
                <ol className="import-leftovers">
                  {result.leftovers.map((l, k) => (
                    <li key={k} value={l.paragraph + 1} title={`第${l.paragraph + 1}段`}>
                      {l.text}
                      {l.reason && <span className="import-leftover-reason">（{l.reason}）</span>}
                    </li>
                  ))}
                </ol>
              </>
            )}
            <div className="modal-actions">
              <button type="button" onClick={onClose}>
                关闭
              </button>
              <button type="button" className="primary" onClick={() => onImported(result.file)}>
                打开导入的计划
              </button>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
