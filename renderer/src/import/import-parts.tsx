// Pieces the import dialog shows at more than one step: what it is doing now, what went wrong,
// and the notes the drafter should check.
export type ImportStage = 'reading' | 'previewing' | 'importing';

const STAGE_TEXT: Record<ImportStage, string> = { reading: '正在读取文件…', previewing: '正在识别结构…', importing: '正在写入计划文件…' };

/** elapsed: seconds so far, shown while a file is read the first time (the long step) */
export function ImportStatus({ stage, error, elapsed }: { stage: ImportStage | null; error: string | null; elapsed?: number }) {
  return (
    <>
      {stage && (
        <div className="import-progress" role="status">
          <span>{STAGE_TEXT[stage]}</span>
          <span className="import-progress-bar" aria-hidden="true" />
          {elapsed !== undefined && <span>{elapsed} 秒</span>}
        </div>
      )}
      {error && (
        <p className="import-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

export function ImportNotes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <>
      <h3>请核对</h3>
      <ul className="import-notes">
        {notes.map((n, k) => (
          <li key={k}>{n}</li>
        ))}
      </ul>
    </>
  );
}
