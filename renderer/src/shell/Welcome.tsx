// Shown when no plan is open: start from the sample, open a file (recent ones first), or create one.
import { useEffect, useState } from 'react';
import type { RecentFile } from '../../../core/api/channels/editor.ts';
import type { PlanView } from '../../../core/api/contract.ts';
import { api } from '../api/bridge.ts';
import type { FileDialogRequest } from '../files/FileDialogs.tsx';
import { RecentList } from '../files/RecentList.tsx';
import { openPlan } from '../safety/OpenTrouble.tsx';

export function Welcome(p: { onFile(r: FileDialogRequest): void; onOpened(v: PlanView): void; fail(e: unknown): void }) {
  const [recent, setRecent] = useState<RecentFile[]>([]);
  useEffect(() => {
    api.call('file.recent', {}).then(setRecent, () => setRecent([]));
  }, []);
  return (
    <main className="welcome">
      <h1>起草助手</h1>
      <p>以结构保存行动计划，计数自动生成，起草说明始终与计划一致。</p>
      <div className="welcome-actions">
        <button className="primary" onClick={() => void api.call('plan.openSample', {}).then(p.onOpened, p.fail)}>
          打开示例计划
        </button>
        <button onClick={() => p.onFile({ mode: 'open' })}>打开计划文件…</button>
        <button onClick={() => p.onFile({ mode: 'create' })}>新建计划…</button>
      </div>
      {recent.length > 0 && (
        <section className="welcome-recent" aria-label="最近打开">
          <h2>最近打开</h2>
          <RecentList files={recent} onOpen={(path) => void openPlan(path).then(p.onOpened, p.fail)} />
        </section>
      )}
    </main>
  );
}
