// Checking a plan file: its text and its 起草说明 together, counts against the real plan,
// every finding traced to the node and field (and offset) that hold the flagged text.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExplanationDoc } from '../../../core/model/explanation.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { checkPlan } from '../../../core/review-input/check-plan.ts';
import { dismissFinding, listDismissals, restoreFinding } from '../../../core/review-input/dismissals.ts';
import type { LocatedFinding } from '../../../core/model/check-result.ts';
import { saveExplanation } from '../../../core/store/explanation.ts';
import { addNode } from '../../../core/store/nodes.ts';
import { createPlanFile, openPlanFile, type Db } from '../../../core/store/open.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { createSamplePlan } from '../../../seeds/sample.ts';
import { smallPlan, tempDir } from '../../helpers/plans.ts';
import { withSeedPartTexts } from '../../helpers/seed-texts.ts';
import { aspectsOf } from '../../../core/model/level-rules.ts';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = tempDir();
  // the sample with its parts' texts as the seed words them, real mistakes included
  db = withSeedPartTexts(createSamplePlan(path.join(dir, 'sample.qicao')));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The text of a node's field, read from the plan. */
function fieldText(d: Db, f: LocatedFinding): string {
  const plan = readPlan(d);
  if (f.nodeId === null) return plan.title;
  const nodes = plan.parts.flatMap((p) => [p, ...aspectsOf(p).flatMap((a) => [a, ...a.children.flatMap((t) => [t, ...t.children])])]);
  const node = nodes.find((n) => n.id === f.nodeId)!;
  return f.field === 'goals' ? (node as { goals: string }).goals : f.field === 'content' ? (node as { content: string }).content : node.title;
}

function smallPlanDb(content: string): Db {
  const spec = PlanSpec.parse(smallPlan);
  spec.parts[0].content = content;
  return createPlanFile(path.join(dir, `small-${Math.random().toString(36).slice(2)}.qicao`), (d) => fillPlan(d, spec));
}

describe('checking the sample plan', () => {
  it('finds the seed mistakes its parts quote, each traced to the exact characters of a part field', () => {
    const r = checkPlan(db);
    const inFields = r.findings.filter((f) => f.field === 'goals' || f.field === 'content');
    expect(inFields.length).toBeGreaterThan(10);
    for (const f of inFields) {
      const flagged = r.paragraphs[f.paragraph].slice(f.offset, f.offset + f.length);
      expect(fieldText(db, f).slice(f.fieldOffset!, f.fieldOffset! + f.length)).toBe(flagged);
    }
    const water = readPlan(db).parts[1];
    const doubled = r.findings.filter((f) => f.rule === 'repeated-punctuation');
    expect(doubled.map((f) => [f.nodeId, f.field])).toEqual([
      [water.id, 'content'],
      [water.id, 'content'],
    ]);
  });

  it('reports a mistake once although the 起草说明 quotes the part text a second time', () => {
    const r = checkPlan(db);
    const keys = r.findings.map((f) => `${f.rule}|${f.nodeId}|${f.field}|${f.fieldOffset}`);
    expect(new Set(keys).size).toBe(keys.length);
    // the quoted copy is in the text that was checked
    expect(r.paragraphs.filter((p) => p.includes('深化流域生态补偿等；。')).length).toBe(2);
  });

  it('finds no count-mismatch: the template binds its counts to the plan, also after an edit', () => {
    expect(checkPlan(db).findings.filter((f) => f.rule === 'count-mismatch')).toEqual([]);
    const task = aspectsOf(readPlan(db).parts[0])[0].children[0];
    addNode(db, { parentId: task.id, kind: 'measure', title: '新增一项措施。' });
    const r = checkPlan(db);
    expect(r.findings.filter((f) => f.rule === 'count-mismatch')).toEqual([]);
    expect(r.stated.totals).toMatchObject({ keyTasks: 92, measures: 206 });
    expect(r.stated.parts[0]).toMatchObject({ name: '大气污染防治', aspects: 6, keyTasks: 27, measures: 67 });
  });

  it('compares counts typed into a stored 起草说明 with the plan and suggests the right number', () => {
    const plan = readPlan(db);
    const doc: ExplanationDoc = {
      title: '起草说明',
      blocks: [
        { style: 'body', segments: [{ text: '《行动计划》共计90项重点任务、205项具体措施。' }] },
        {
          style: 'heading2',
          segments: [{ text: '（一）' }, { bind: { type: 'partTitle', partId: plan.parts[0].id } }, { text: '：本部分内容包括六个方面，27项重点任务，60项具体措施。' }],
        },
      ],
    };
    saveExplanation(db, doc);
    const counts = checkPlan(db).findings.filter((f) => f.rule === 'count-mismatch');
    expect(counts.map((f) => [f.excerpt.includes('90') || f.excerpt.includes('60'), f.suggestion, f.field])).toEqual([
      [true, '92', 'explanation'],
      [true, '66', 'explanation'],
    ]);
    expect(counts[1].message).toContain('大气污染防治');
  });

  it('leaves dismissed findings out and counts them, in the file, until restored', () => {
    const before = checkPlan(db);
    const target = before.findings.find((f) => f.rule === 'target-below-baseline')!;
    dismissFinding(db, { rule: target.rule, excerpt: target.excerpt, reason: '市级下达目标即为78%' });
    db.close();
    db = openPlanFile(path.join(dir, 'sample.qicao'));
    const after = checkPlan(db);
    expect(after.findings.find((f) => f.rule === 'target-below-baseline')).toBeUndefined();
    expect(after.findings).toHaveLength(before.findings.length - 1);
    expect(after.dismissed).toBe(1);
    expect(listDismissals(db)).toMatchObject([{ rule: 'target-below-baseline', reason: '市级下达目标即为78%' }]);
    restoreFinding(db, { rule: target.rule, excerpt: target.excerpt });
    expect(checkPlan(db).findings).toHaveLength(before.findings.length);
  });

  it('refuses a dismissal without a reason or for an unknown rule, writing nothing', () => {
    expect(() => dismissFinding(db, { rule: 'typo', excerpt: '比列为', reason: '  ' })).toThrow(/理由/);
    expect(() => dismissFinding(db, { rule: 'spelling', excerpt: '比列为', reason: '无' })).toThrow(/没有名为/);
    expect(listDismissals(db)).toEqual([]);
  });
});

describe('checking sentences of our own in a plan', () => {
  it.each([
    ['typo', '地表水达到Ⅲ类的比列为100%。', '比列', '比例'],
    ['repeated-punctuation', '加强治理，，推进减排。', '，，', '，'],
    ['halfwidth-punctuation', '加强治理,推进减排。', ',', '，'],
    ['word-artifact', '[bookmark: _GoBack]加强治理。', '[bookmark: _GoBack]', ''],
  ])("%s in a part's content is traced to the content field", (rule, content, flagged, suggestion) => {
    const d = smallPlanDb(content);
    const f = checkPlan(d).findings.find((x) => x.rule === rule)!;
    expect(f).toBeDefined();
    expect(f.field).toBe('content');
    expect(content.slice(f.fieldOffset!, f.fieldOffset! + f.length)).toBe(flagged);
    expect(f.suggestion).toBe(suggestion);
    d.close();
  });

  it('a clean plan gives no finding at all', () => {
    const d = smallPlanDb('一是治理挥发性有机物。二是治理扬尘。');
    // what the 起草说明 must still say (no drafting unit, no new content yet) is asked for, not a mistake
    expect(checkPlan(d).findings.filter((f) => !f.message.startsWith('起草说明待补写'))).toEqual([]);
    d.close();
  });

  it('a mistake in a unit name inside the （牵头单位：…） note points at the measure, not at an editable field', () => {
    const spec = PlanSpec.parse(smallPlan);
    spec.parts[0].aspects[0].keyTasks[0].measures[0].leadUnits = ['区生态环境局,区水务局'];
    const d = createPlanFile(path.join(dir, 'unit.qicao'), (x) => fillPlan(x, spec));
    const f = checkPlan(d).findings.find((x) => x.rule === 'halfwidth-punctuation')!;
    const measure = aspectsOf(readPlan(d).parts[0])[0].children[0].children[0];
    expect([f.nodeId, f.field, f.fieldOffset]).toEqual([measure.id, null, null]);
    d.close();
  });
});
