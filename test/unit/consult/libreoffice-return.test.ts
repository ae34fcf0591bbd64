// A tracked deletion made in LibreOffice inside part 一's 主要内容: the deleted words
// ("，倡导绿色生活方式") are also the whole title of a key task. The item must be anchored to the
// field whose text holds the whole context of the change (the part's 主要内容), and 接受修订
// must then make the deletion there.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptChange } from '../../../core/consult/apply-change.ts';
import { importFeedback } from '../../../core/consult/import-feedback.ts';
import { exportPlan } from '../../../core/documents/export/plan-document.ts';
import { createPlanFile, type Db } from '../../../core/store/open.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { samplePlanSpec } from '../../../seeds/sample.ts';
import { tempDir } from '../../helpers/plans.ts';
import { libreOfficeReturn } from './word-files.ts';

let db: Db;
beforeEach(() => {
  db = createPlanFile(path.join(tempDir(), 's.qicao'), (d) => fillPlan(d, samplePlanSpec()));
});
afterEach(() => db.close());

const partOne = () => db.prepare("SELECT id, content FROM node WHERE kind = 'part' ORDER BY position LIMIT 1").get() as { id: number; content: string };

describe('a LibreOffice-made deletion in a part’s 主要内容', () => {
  it('is anchored to the part (not to the key task titled with the same words) and can be accepted', async () => {
    const keyTask = db.prepare("SELECT id FROM node WHERE kind = 'keyTask' AND title = '倡导绿色生活方式'").get() as { id: number } | undefined;
    expect(keyTask).toBeDefined(); // the trap is in the sample plan
    const returned = libreOfficeReturn(await exportPlan(readPlan(db), { consultation: true }), { within: '噪声等污染防治', text: '，倡导绿色生活方式', author: '区城市管理委' });
    const result = importFeedback(db, { unit: '区城市管理委', fileName: '征求意见稿-区城市管理委修改.docx', bytes: returned });
    expect(result.items).toHaveLength(1);
    const [item] = result.items;
    expect([item.kind, item.quote, item.author]).toEqual(['deletion', '，倡导绿色生活方式', '区城市管理委']);
    expect(item.target?.nodeId).toBe(partOne().id);

    const before = partOne().content;
    const accepted = acceptChange(db, item.id);
    expect(accepted.status).toBe('adopted');
    expect(partOne().content).toBe(before.replace('，倡导绿色生活方式', ''));
    expect(partOne().content).toContain('噪声等污染防治。四是');
  });
});
