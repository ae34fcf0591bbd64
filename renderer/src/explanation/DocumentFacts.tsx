// What the 起草说明 cites that the plan itself does not hold: the 附件 label above its title and
// the basis documents its opening names ("《…》（京政办发〔2024〕4号）", one per line). Stored as
// document settings (plan.setDocumentSettings) and bound in the text, so an edit here shows in
// the opening at once and in every export.
import { useEffect, useState } from 'react';
import { api } from '../api/bridge.ts';
import { trackSave } from '../shell/autosave.ts';
import type { ShellContext } from '../shell/context.ts';

export function DocumentFacts({ ctx }: { ctx: ShellContext }) {
  const [label, setLabel] = useState<string | null>(null);
  const [basis, setBasis] = useState('');
  const [saved, setSaved] = useState({ label: '', basis: '' });
  useEffect(() => {
    let live = true;
    api.call('plan.documentSettings', {}).then((s) => {
      if (!live) return;
      setLabel(s.attachmentLabel);
      setBasis(s.basis);
      setSaved({ label: s.attachmentLabel, basis: s.basis });
    }, ctx.fail);
    return () => {
      live = false;
    };
  }, [ctx.version, ctx.fail]);
  if (label === null) return null;
  const save = () => {
    if (label.trim() === saved.label && basis.trim() === saved.basis) return;
    setSaved({ label: label.trim(), basis: basis.trim() });
    trackSave(api.call('plan.setDocumentSettings', { attachmentLabel: label, basis }))
      .then(ctx.refresh)
      .catch(ctx.fail);
  };
  return (
    <details className="ex-facts">
      <summary>附件标注与依据文件</summary>
      <label>
        附件标注
        <input aria-label="附件标注" value={label} placeholder="如：附件2" onChange={(e) => setLabel(e.target.value)} onBlur={save} />
      </label>
      <label>
        依据文件（每行一个）
        <textarea
          aria-label="依据文件"
          rows={3}
          value={basis}
          placeholder="如：《推进美丽北京建设 持续深入打好污染防治攻坚战2024年行动计划》（京政办发〔2024〕4号）"
          onChange={(e) => setBasis(e.target.value)}
          onBlur={save}
        />
      </label>
    </details>
  );
}
