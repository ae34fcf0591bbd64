// 调度通报 / 催办单 / 年度完成情况 as Word files: downloaded in the browser; in the desktop app saved
// into a folder chosen in the system's dialog (催办单 then one file per unit).
import { useState } from 'react';
import type { YearDocument } from '../../../core/api/channels/year.ts';
import { api } from '../api/bridge.ts';
import { WrittenFiles } from '../shell/controls/WrittenFiles.tsx';
import { download } from './year-data.ts';

const DOCUMENTS: { what: YearDocument; label: string; hint: string }[] = [
  { what: 'bulletin', label: '调度通报', hint: '本期完成情况汇总句、滞后和逾期措施表' },
  { what: 'reminders', label: '催办单', hint: '各单位滞后、逾期和未报送的措施' },
  { what: 'annual', label: '年度完成情况', hint: '全年措施完成情况和指标实际值对照目标' },
];

export function DocumentButtons(props: { periodId: number | null; asOf?: string }) {
  const [busy, setBusy] = useState<YearDocument | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [paths, setPaths] = useState<string[]>([]);
  const make = async (what: YearDocument, label: string) => {
    setBusy(what);
    setMessage(null);
    setPaths([]);
    const which = { what, ...(props.periodId ? { periodId: props.periodId } : {}), ...(props.asOf ? { asOf: props.asOf } : {}) };
    try {
      if (window.qicao) {
        const dir = await api.call('file.chooseFolder', { title: `选择保存${label}的文件夹` });
        if (dir.native && dir.path) setPaths((await api.call('year.saveDocument', { ...which, outDir: dir.path })).paths);
        else if (dir.native) return;
      } else {
        const file = await api.call('year.exportDocument', which);
        download(file.fileName, file.base64);
        setMessage({ ok: true, text: `已生成“${file.fileName}”，请在浏览器的下载中查看。` });
      }
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="year-documents" role="group" aria-label="调度文件">
      {DOCUMENTS.map((d) => (
        <button key={d.what} type="button" title={d.hint} disabled={busy !== null} onClick={() => void make(d.what, d.label)}>
          {busy === d.what ? `正在生成${d.label}…` : `${d.label}…`}
        </button>
      ))}
      {message && (
        <p className={message.ok ? 'year-ok' : 'year-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {paths.length > 0 && <WrittenFiles title="已保存。" paths={paths} />}
    </div>
  );
}
