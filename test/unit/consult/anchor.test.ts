// Matching a quote to the plan: tolerant of small edits, silent when unsure; clause numbers; and
// placing an accepted change by the text around it.
import { describe, expect, it } from 'vitest';
import { PlanMatcher, parseSection } from '../../../core/consult/anchor.ts';
import { applyToText, locateChange } from '../../../core/consult/apply-change.ts';
import { samplePlanSpec } from '../../../seeds/sample.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { createPlanFile } from '../../../core/store/open.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { tempDir } from '../../helpers/plans.ts';
import path from 'node:path';
import { aspectsOf, measuresOf } from '../../../core/model/level-rules.ts';

const db = createPlanFile(path.join(tempDir(), 's.qicao'), (d) => fillPlan(d, samplePlanSpec()));
const plan = readPlan(db);
db.close();
const matcher = new PlanMatcher(plan);
const measures = plan.parts.flatMap((p) => measuresOf(p));

describe('matching quoted text', () => {
  it('finds a measure from a quote with a few characters changed, punctuation and spaces aside', () => {
    const m = measures[10];
    const edited = `${m.title.slice(0, 8)} ${m.title.slice(9, 30).replace(/，/g, ',')}等`;
    expect(matcher.byText(edited)?.id).toBe(m.id);
  });

  it('finds a part from a sentence of its long 主要内容 with two characters changed', () => {
    const part = plan.parts[1];
    expect(part.content.length).toBeGreaterThan(150); // the quote is a stretch of a much longer text
    const slice = part.content.slice(40, 70);
    const edited = `${slice.slice(0, 10)}各${slice.slice(11, 20)}和${slice.slice(21)}`;
    expect(part.content).not.toContain(edited);
    expect(matcher.byText(edited)?.id).toBe(part.id);
  });

  it('finds a measure from its opening words', () => {
    const m = measures[40];
    expect(matcher.byText(m.title.slice(0, 14))?.id).toBe(m.id);
  });

  it('says nothing for a phrase many measures share, or a quote from another plan', () => {
    expect(matcher.byText('2024年底前')).toBeNull();
    expect(matcher.byText('建设充电桩200个。')).toBeNull();
    expect(matcher.byText('本计划缺少关于噪声污染防治的安排')).toBeNull();
  });

  it('reads clause numbers, with and without the part', () => {
    expect(parseSection('一、（三）2.（1）').labels).toEqual([
      { kind: 'part', index: 0 },
      { kind: 'aspect', index: 2 },
      { kind: 'keyTask', index: 1 },
      { kind: 'measure', index: 0 },
    ]);
    expect(parseSection('第二部分(一)3.').labels.map((l) => l.kind)).toEqual(['part', 'aspect', 'keyTask']);
    const full = matcher.bySection('一、（三）2.（1）');
    expect(full).toEqual([aspectsOf(plan.parts[0])[2].children[1].children[0].id]);
    // without its part, （一）1. names the first key task of every part
    expect(matcher.bySection('（一）1.')).toHaveLength(plan.parts.length);
    expect(matcher.bySection(`${plan.parts[1].title}（一）1.`)).toEqual([aspectsOf(plan.parts[1])[0].children[0].id]);
  });
});

describe('placing an accepted change', () => {
  it('puts an insertion between its context, and a replacement works whichever half is accepted first', () => {
    const text = '落实部分措施，加强管控。';
    // the unit replaced 部分 by 全部: a deletion and an insertion right after it
    const deletion = { kind: 'deletion' as const, text: '', quote: '部分', context: { before: '落实', after: '措施，加强' } };
    const insertion = { kind: 'insertion' as const, text: '全部', quote: '', context: { before: '落实部分', after: '措施，加强' } };
    expect(applyToText(applyToText(text, deletion)!, insertion)).toBe('落实全部措施，加强管控。');
    expect(applyToText(applyToText(text, insertion)!, deletion)).toBe('落实全部措施，加强管控。');
  });

  it('refuses when the context is gone or appears twice', () => {
    expect(locateChange('全新的文字。', 'insertion', 'X', { before: '落实', after: '措施' })).toBeNull();
    expect(locateChange('加强管控，加强管控。', 'insertion', 'X', { before: '加强', after: '管控' })).toBeNull();
  });
});
