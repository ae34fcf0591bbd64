// Every pattern the importer runs over user text finishes in linear time (issue 19.2): a 502-byte
// text repeating "负责落实" used to freeze the host for 73 s (a repeated group of fillers that
// backtracked exponentially). Each family of patterns gets adversarial input built to make a
// backtracking pattern blow up — long repeats of its own keywords, openers that never close,
// labels with no ending — and must finish within a budget that a quadratic pattern would miss.
import { describe, expect, it } from 'vitest';
import { planDocumentFromSource } from '../../../core/documents/import/index.ts';
import { readFrontMatter, attachmentListLines, noticeEnd } from '../../../core/documents/import/front-matter.ts';
import { readMarker } from '../../../core/model/markers.ts';
import { indicatorItems, parseIndicatorTarget } from '../../../core/documents/import/indicator-cell.ts';
import { indicatorsOfGoals } from '../../../core/documents/import/goal-indicators.ts';
import { rejoinPdfText } from '../../../core/documents/import/pdf-text.ts';
import { documentConvention, parseResponsibility, readPhraseLine, splitTrailingPhrase } from '../../../core/documents/import/responsibility.ts';
import { SourceBuilder } from '../../../core/documents/import/source.ts';
import { readHeader } from '../../../core/model/column-words.ts';
import { cleanUnitName, splitUnitNames } from '../../../core/model/unit-names.ts';

/** Budget for one call on ~20,000 characters: linear work takes a few ms; quadratic, seconds. */
const BUDGET_MS = 400;

function within(label: string, run: () => unknown) {
  const start = performance.now();
  run();
  const ms = performance.now() - start;
  expect(ms, `${label}: ${ms.toFixed(0)} ms`).toBeLessThan(BUDGET_MS);
}

const N = 5000;
const fillers = ['负责落实', '等相关部门', '牵头', '配合', '按职责'];

describe('patterns over user text run in linear time', () => {
  it('unit names: stacked fillers, separators and brackets', () => {
    for (const f of fillers) {
      within(`cleanUnitName ${f}`, () => cleanUnitName(`区发改委${f.repeat(N)}x`));
      within(`splitUnitNames ${f}`, () => splitUnitNames(`区发改委${f.repeat(N)}、各区`));
    }
    // short enough to be taken for a name, ending in no filler: where a repeated group backtracks
    for (const f of fillers) within(`cleanUnitName short ${f}`, () => cleanUnitName(`区${f.repeat(Math.floor(150 / f.length))}区`));
    within('splitUnitNames brackets', () => splitUnitNames('各区（'.repeat(N)));
    within('splitUnitNames separators', () => splitUnitNames('各、'.repeat(N)));
  });

  it('responsibility phrases: verbs, rules, deadlines, labels and conventions repeated', () => {
    for (const f of [...fillers, '以下均由', '2024年', '排在前位', '牵头单位：', '责任单位：A，', '不再列出']) {
      within(`parseResponsibility ${f}`, () => parseResponsibility(`区发改委${f.repeat(N)}x`));
      within(`splitTrailingPhrase ${f}`, () => splitTrailingPhrase(`措施。（${f.repeat(N)}x）`));
      within(`readPhraseLine ${f}`, () => readPhraseLine(`责任单位：${f.repeat(N)}`));
    }
    within('unbracketed tails', () => splitTrailingPhrase(`${'；牵头单位：区发改委'.repeat(N)}。x`));
    within('openers that never close', () => splitTrailingPhrase(`${'（'.repeat(N)}）`));
    within('closers that never open', () => splitTrailingPhrase(`措施${'）'.repeat(N)}`));
    within('documentConvention', () => documentConvention(Array(200).fill(`排名第一的为牵头${'，'.repeat(200)}`)));
  });

  it('front matter, headings, headers and indicators', () => {
    const lines = ['现将'.repeat(N), '关于印发'.repeat(N), '计划（'.repeat(N), `某政办发〔2024〕${'1'.repeat(N)}号`, `附件：${'1.'.repeat(N)}`, `2024年${'1'.repeat(N)}月`];
    within('readFrontMatter', () => readFrontMatter(lines, lines.length));
    within('noticeEnd', () => noticeEnd(lines));
    within('attachmentListLines', () => attachmentListLines(lines));
    within('readMarker', () => readMarker(`（${'一'.repeat(N)}`));
    within('readHeader', () => readHeader(`责任${'或'.repeat(N)}单位`));
    within('parseIndicatorTarget', () => parseIndicatorTarget(`${'1'.repeat(N)}a左右`));
    within('indicatorItems', () => indicatorItems([`${'；'.repeat(N)}x`]));
    within('indicatorsOfGoals', () => indicatorsOfGoals(`${'，达到1'.repeat(N)}。${'减排1吨、'.repeat(N)}`));
    within('indicatorsOfGoals long clause', () => indicatorsOfGoals(`${'不高于'.repeat(N)}28`));
  });

  it('PDF rejoining', () => {
    within('rejoinPdfText', () => rejoinPdfText([...Array(N).fill('（一二三四五六七八九十一二三四五六七八九十'), '— 1 —']));
  });

  it('the whole import of a 502-byte text repeating "负责落实" (the 73-second case) and of longer ones', () => {
    const doc = (tail: string) => {
      const b = new SourceBuilder();
      for (const line of ['某区2024年工作方案', '一、大气污染防治', '（一）扬尘治理', `1.开展扬尘治理。（区城管委${tail}区）`, `责任单位：区住建委${tail}办`]) b.paragraph(line);
      return b.done('x.txt', 'text');
    };
    const small = doc('负责落实'.repeat(38));
    expect(Buffer.byteLength(small.paragraphs.join('\n'))).toBeGreaterThan(500);
    within('import 502 bytes', () => planDocumentFromSource(small));
    for (const f of fillers) within(`import ${f}`, () => planDocumentFromSource(doc(f.repeat(N / 4))));
  });
});
