import { beforeAll, describe, expect, it } from 'vitest';
import { bookmarkName, parseBookmarkName } from '../../../core/documents/export/bookmarks.ts';
import { exportPlan } from '../../../core/documents/export/plan-document.ts';
import { planTaskRows } from '../../../core/documents/export/task-table.ts';
import { largePlan, smallPlan } from './fixtures.ts';
import { expectFontsInAllSlots, expectFormattingOnlyInStyles, expectGbPage, expectGbStyles, expectPageNumbers } from './page-checks.ts';
import { exportAndRead, type DocxInfo, type ParagraphInfo } from './read-docx.ts';
import { aspectsOf } from '../../../core/model/level-rules.ts';

const byText = (info: DocxInfo, text: string): ParagraphInfo => {
  const found = info.paragraphs.find((p) => p.text === text || p.text.startsWith(text));
  if (!found) throw new Error(`paragraph not found: ${text}`);
  return found;
};

describe('exportPlan', () => {
  const plan = smallPlan();
  let draft: DocxInfo;
  let consultation: DocxInfo;
  beforeAll(async () => {
    draft = await exportAndRead(exportPlan(plan), 'plan.docx');
    consultation = await exportAndRead(exportPlan(plan, { consultation: true }), 'plan-consultation.docx');
  });

  it('lays out an A4 page with GB/T 9704 margins', () => {
    expect(draft.sections).toHaveLength(1);
    expectGbPage(draft.sections[0], 'portrait');
    expect(draft.sections[0].docGrid).toEqual({ type: 'default', linePitch: '579' });
  });

  it('numbers pages "— N —", odd right and even left', () => {
    expectPageNumbers(draft);
  });

  it('names every font in the East-Asian slot and the others', () => {
    expectFontsInAllSlots(draft);
    expectFontsInAllSlots(consultation);
  });

  it('defines 公文标题, 公文正文, 一级标题 … as named styles with the fonts in the East-Asian slot', () => {
    expectGbStyles(draft);
    expectGbStyles(consultation);
  });

  it('keeps the formatting in the styles: runs and paragraphs carry none of their own', () => {
    expectFormattingOnlyInStyles(draft);
    expectFormattingOnlyInStyles(consultation);
    const styleOf = (text: string) => byText(draft, text).style;
    expect(draft.paragraphs[0].style).toBe('公文标题');
    expect(styleOf('一、大气污染防治')).toBe('一级标题');
    expect(styleOf('（一）实施挥发性有机物')).toBe('二级标题');
    expect(styleOf('1.推广新能源汽车')).toBe('三级标题');
    expect(styleOf('（1）新增和更新的公交车')).toBe('公文正文');
    expect(styleOf('主要目标：')).toBe('公文正文');
  });

  it('keeps headings with the next paragraph, and a key task without measures not', async () => {
    for (const text of ['一、大气污染防治', '（一）实施挥发性有机物', '1.推广新能源汽车']) expect(byText(draft, text).keepNext).toBe(true);
    expect(byText(draft, '（1）新增和更新的公交车').keepNext).toBe(false);
    const bare = structuredClone(plan);
    aspectsOf(bare.parts[0])[0].children[0].children = [];
    const info = await exportAndRead(exportPlan(bare), 'bare-task.docx');
    expect(byText(info, '1.推广新能源汽车')).toMatchObject({ keepNext: false, own: ['keepNext'], style: '三级标题' });
    expect(byText(info, '2.').keepNext).toBe(true);
  });

  it('titles the document in 2号 小标宋, centred', () => {
    const title = draft.paragraphs[0];
    // too long for one 2号 line: broken between words into two balanced lines, in the one paragraph
    expect(title.text).toBe('推进美丽怀柔建设 持续深入打好\n污染防治攻坚战2024年行动计划');
    expect(title.alignment).toBe('center');
    expect(title.runs[0]).toMatchObject({ eastAsia: '方正小标宋简体', sizePt: 22, charSpacing: null });
  });

  it('sets each heading level in its own font, all 3号, indented two characters on exact 28.95 pt lines', () => {
    const expectations: [string, string, boolean][] = [
      ['一、大气污染防治', '黑体', false],
      ['（一）实施挥发性有机物（VOCs）治理专项行动', '楷体_GB2312', false],
      // "1." headings are not bold (issue 23 point 7)
      ['1.推广新能源汽车', '仿宋_GB2312', false],
      ['（1）新增和更新的公交车中新能源车比例达到100%。', '仿宋_GB2312', false],
      ['主要目标：全力巩固', '仿宋_GB2312', false],
    ];
    for (const [text, font, bold] of expectations) {
      const paragraph = byText(draft, text);
      // Condensed by 0.25 pt so exactly 28 characters fill a line.
      for (const run of paragraph.runs) expect(run).toMatchObject({ eastAsia: font, sizePt: 16, bold, charSpacing: '-5' });
      expect(paragraph.indent).toMatchObject({ firstLine: '640', firstLineChars: '200' });
      expect(paragraph.spacing).toMatchObject({ line: '579', lineRule: 'exact' });
    }
  });

  it('numbers by position and restarts each level under its parent', () => {
    const texts = draft.paragraphs.map((p) => p.text);
    expect(texts).toContain('二、水污染防治');
    expect(texts).toContain('（二）提升城市环境精细化管控水平');
    expect(texts).toContain('2.加强产品源头替代');
    expect(texts).toContain('（2）推动出租车更新为新能源车。（牵头单位：区交通局；完成时限：2024年底前）');
  });

  it('follows each measure with its units and deadline, leaving out an empty 配合单位', () => {
    expect(draft.paragraphs.map((p) => p.text)).toContain(
      '（1）推进工业涂装企业低挥发性原辅材料替代。（牵头单位：区生态环境局；配合单位：区城市管理委、怀柔镇；完成时限：2024年底前）',
    );
  });

  it('writes the same text with and without consultation, but only the consultation draft is bookmarked', () => {
    expect(draft.bookmarks).toEqual({});
    // the draft mark on a line of its own under the title
    expect(consultation.paragraphs[0].text).toBe('推进美丽怀柔建设 持续深入打好\n污染防治攻坚战2024年行动计划\n（征求意见稿）');
    expect(consultation.paragraphs.slice(1).map((p) => p.text)).toEqual(draft.paragraphs.slice(1).map((p) => p.text));
  });

  it('does not add （征求意见稿） twice', async () => {
    const info = await exportAndRead(exportPlan({ ...plan, title: `${plan.title}（征求意见稿）` }, { consultation: true }), 'p.docx');
    expect(info.paragraphs[0].text).toBe('推进美丽怀柔建设 持续深入打好\n污染防治攻坚战2024年行动计划\n（征求意见稿）');
  });

  it('wraps exactly each node’s own text in a bookmark named after its id', () => {
    const expected: Record<string, string> = {};
    for (const part of plan.parts) {
      expected[`qc_p_${part.id}`] = part.title;
      expected[`qc_g_${part.id}`] = part.goals;
      expected[`qc_c_${part.id}`] = part.content;
      for (const aspect of aspectsOf(part)) {
        expected[`qc_a_${aspect.id}`] = aspect.title;
        for (const task of aspect.children) {
          expected[`qc_t_${task.id}`] = task.title;
          for (const measure of task.children) expected[`qc_m_${measure.id}`] = measure.title;
        }
      }
    }
    expect(consultation.bookmarks).toEqual(expected);
    for (const name of Object.keys(consultation.bookmarks)) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,39}$/);
  });

  it('bookmarks all 205 measures of a seed-sized plan', async () => {
    const large = largePlan();
    const info = await exportAndRead(exportPlan(large, { consultation: true }), 'large.docx');
    const rows = planTaskRows(large);
    expect(rows).toHaveLength(205);
    for (const { measure } of rows) expect(info.bookmarks[`qc_m_${measure.id}`]).toBe(measure.title);
    expectPageNumbers(info);
  });

  it('reads a bookmark name back into the node it marks, and ignores Word’s own', () => {
    expect(parseBookmarkName(bookmarkName('measure', 1000))).toEqual({ target: 'measure', id: 1000 });
    expect(parseBookmarkName('qc_g_7')).toEqual({ target: 'goals', id: 7 });
    expect(parseBookmarkName('_GoBack')).toBeNull();
    expect(parseBookmarkName('qc_m_01')).toBeNull();
  });
});
