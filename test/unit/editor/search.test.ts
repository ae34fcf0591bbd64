import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveExplanation } from '../../../core/store/explanation.ts';
import type { Db } from '../../../core/store/open.ts';
import { nodesWithPendingComments, searchPlan } from '../../../core/store/search.ts';
import { nodeId, openSmallPlan } from './fixture.ts';

let db: Db;
beforeEach(() => ({ db } = openSmallPlan()));
afterEach(() => db.close());

describe('search', () => {
  it('finds measures, titles, goals and content, saying where each hit is', () => {
    const { hits, total } = searchPlan(db, '充电桩');
    expect(total).toBe(1);
    expect(hits[0]).toMatchObject({ target: 'title', kind: 'measure', nodeId: nodeId(db, '建设充电桩200个。'), where: '一、（一）1.（2）' });
    expect(hits[0].before + hits[0].match + hits[0].after).toBe('建设充电桩200个。');
    expect(searchPlan(db, '挥发性有机物').hits.map((h) => [h.target, h.where])).toEqual([
      ['content', '一、主要内容'],
      ['title', '一、（一）'],
      // the template's 主要内容 is bound to the part's content, so it reads there too
      ['explanation', '起草说明第9段'],
    ]);
  });

  it('ignores Latin case and full-width forms, and finds the explanation as it reads now', () => {
    const goals = searchPlan(db, 'pm２.５');
    expect(goals.hits.some((h) => h.target === 'goals' && h.nodeId === nodeId(db, '大气污染防治'))).toBe(true);
    // the template's bound values (indicator names, counts) are searched as resolved text
    const inExplanation = searchPlan(db, '共计4项重点任务').hits.filter((h) => h.target === 'explanation');
    expect(inExplanation).toHaveLength(1);
    expect(inExplanation[0]).toMatchObject({ nodeId: null, where: expect.stringMatching(/^起草说明第\d+段$/) });
  });

  it('searches the drafter’s own explanation once written', () => {
    saveExplanation(db, { title: '说明', blocks: [{ style: 'body', segments: [{ text: '经征求各镇乡意见后修改。' }] }] });
    expect(searchPlan(db, '征求各镇乡').hits).toEqual([
      { target: 'explanation', nodeId: null, kind: null, where: '起草说明第1段', blockIndex: 0, before: '经', match: '征求各镇乡', after: '意见后修改。' },
    ]);
  });

  it('returns at most `limit` hits but counts them all; an empty query finds nothing', () => {
    const r = searchPlan(db, '。', 2);
    expect(r.hits).toHaveLength(2);
    expect(r.total).toBeGreaterThan(5);
    expect(searchPlan(db, '   ')).toEqual({ hits: [], total: 0 });
  });

  it('lists the nodes with comments still pending', () => {
    const measure = nodeId(db, '划定水源保护区。');
    db.prepare("INSERT INTO round (name, created_at) VALUES ('第一轮', '2024-02-20')").run();
    const add = db.prepare("INSERT INTO comment (round_id, unit_id, kind, node_id, text, status, created_at) VALUES (1, 1, 'typed', ?, '建议', ?, 'now')");
    add.run(measure, 'pending');
    add.run(nodeId(db, '推广低挥发性涂料。'), 'adopted');
    add.run(null, 'pending');
    expect(nodesWithPendingComments(db)).toEqual([measure]);
  });
});
