// The 起草说明 editor's document (Lexical, run headless here) and the stored ExplanationDoc are
// the same thing: loading a document and reading it back gives it unchanged, bound segments
// included; and typed numbers are offered the bindings whose value they equal.
import { createHeadlessEditor } from '@lexical/headless';
import { HeadingNode } from '@lexical/rich-text';
import { $getRoot, $isElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { buildExplanationTemplate } from '../../../core/model/explanation-template.ts';
import type { ExplanationDoc } from '../../../core/model/explanation.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { createPlanFile } from '../../../core/store/open.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { $loadDoc, $readBlocks } from '../../../renderer/src/explanation/doc-convert.ts';
import { $isBoundValueNode, BoundValueNode } from '../../../renderer/src/explanation/nodes/BoundValueNode.ts';
import { candidatesFor } from '../../../renderer/src/explanation/plugins/bind-suggest/BindSuggestPlugin.tsx';
import { samplePlanSpec } from '../../../seeds/sample.ts';
import { smallPlan, tempDir } from '../../helpers/plans.ts';
import path from 'node:path';

function editor() {
  return createHeadlessEditor({
    nodes: [HeadingNode, BoundValueNode],
    onError: (e) => {
      throw e;
    },
  });
}

function plan(spec = PlanSpec.parse(smallPlan)) {
  const db = createPlanFile(path.join(tempDir(), 'p.qicao'), (d) => fillPlan(d, spec));
  const p = readPlan(db);
  db.close();
  return p;
}

describe('ExplanationDoc ↔ Lexical', () => {
  it('the seed-shaped template goes in and comes out unchanged, tokens as tokens', () => {
    const doc = buildExplanationTemplate(plan(samplePlanSpec()));
    const e = editor();
    e.update(() => $loadDoc(doc), { discrete: true });
    const back: ExplanationDoc = { title: doc.title, blocks: e.getEditorState().read($readBlocks) };
    expect(back).toEqual(doc);
    const bound = e.getEditorState().read(
      () =>
        $getRoot()
          .getChildren()
          .flatMap((b) => ($isElementNode(b) ? b.getChildren() : []))
          .filter($isBoundValueNode).length,
    );
    expect(bound).toBe(doc.blocks.flatMap((b) => b.segments).filter((s) => 'bind' in s).length);
    expect(bound).toBeGreaterThan(20);
  });

  it('survives Lexical’s own JSON (what an editor state serialises to)', () => {
    const doc: ExplanationDoc = {
      title: 't',
      blocks: [
        { style: 'heading2', segments: [{ text: '（一）' }, { bind: { type: 'partCount', partId: 1, field: 'measures' } }] },
        { style: 'body', segments: [{ text: '正文' }] },
      ],
    };
    const a = editor();
    a.update(() => $loadDoc(doc), { discrete: true });
    const b = editor();
    b.setEditorState(b.parseEditorState(JSON.stringify(a.getEditorState().toJSON())));
    expect(b.getEditorState().read($readBlocks)).toEqual(doc.blocks);
  });

  it('neighbouring text nodes become one segment; empty ones vanish', () => {
    const e = editor();
    e.update(() => $loadDoc({ title: '', blocks: [{ style: 'body', segments: [{ text: '甲' }, { text: '' }, { text: '乙' }] }] }), { discrete: true });
    expect(e.getEditorState().read($readBlocks)).toEqual([{ style: 'body', segments: [{ text: '甲乙' }] }]);
  });
});

describe('绑定到…', () => {
  const p = plan(samplePlanSpec());
  const air = p.parts[0];
  const pm25 = air.indicators.find((i) => i.name === 'PM2.5年均浓度')!;

  it('a typed indicator value is offered its indicator (with its unit when typed too)', () => {
    expect(candidatesFor(p, '28', '')).toContainEqual({ binding: { type: 'indicatorTarget', indicatorId: pm25.id }, length: 2 });
    expect(candidatesFor(p, '29', '微克/立方米，')).toContainEqual({ binding: { type: 'indicatorBaseline', indicatorId: pm25.id }, length: 8 });
  });

  it('a typed count is offered the count it equals, when the words after it say which count', () => {
    expect(candidatesFor(p, '66', '项具体措施')).toEqual([{ binding: { type: 'partCount', partId: air.id, field: 'measures' }, length: 2 }]);
    expect(candidatesFor(p, '27', '项重点任务')).toContainEqual({ binding: { type: 'partCount', partId: air.id, field: 'keyTasks' }, length: 2 });
    expect(candidatesFor(p, '六', '个方面')).toEqual([{ binding: { type: 'partCount', partId: air.id, field: 'aspects' }, length: 1 }]);
    expect(candidatesFor(p, '66', '')).toEqual([]);
    expect(candidatesFor(p, '12345', '')).toEqual([]);
  });
});
