import { describe, expect, it } from 'vitest';
import { splitMeasureNote, splitUnits, unitKindOf } from '../../../core/documents/import/measure-note.ts';

describe('the （牵头单位：…） note of a measure', () => {
  it('splits the note off the text, with units split on 、', () => {
    expect(splitMeasureNote('加强监测。（牵头单位：区生态环境局、区水务局；配合单位：雁栖镇；完成时限：2024年6月底前）')).toEqual({
      text: '加强监测。',
      note: { leadUnits: ['区生态环境局', '区水务局'], supportUnits: ['雁栖镇'], deadline: '2024年6月底前' },
    });
  });

  it('keeps brackets inside the measure and inside unit names', () => {
    expect(splitMeasureNote('定期分析生态环境质量指数（EI）变化（牵头单位：区发展改革委（区统计局））。')).toEqual({
      text: '定期分析生态环境质量指数（EI）变化',
      note: { leadUnits: ['区发展改革委（区统计局）'], supportUnits: [], deadline: '' },
    });
  });

  it('accepts half-width brackets and colons', () => {
    expect(splitMeasureNote('开展巡查(责任单位:区城市管理委;时间节点:长期坚持)').note).toEqual({ leadUnits: ['区城市管理委'], supportUnits: [], deadline: '长期坚持' });
  });

  it('leaves a final bracket that is not a note as part of the text', () => {
    expect(splitMeasureNote('推进“油换电”示范项目（共3个）。')).toEqual({ text: '推进“油换电”示范项目（共3个）。', note: null });
  });

  it('keeps a collective "各…人民政府、街道办事处" as one unit, but not a district bureau after it', () => {
    expect(splitUnits('区城市管理委、各镇乡人民政府、街道办事处、区商务局')).toEqual(['区城市管理委', '各镇乡人民政府、街道办事处', '区商务局']);
    expect(splitUnits('各镇乡人民政府、区商务局')).toEqual(['各镇乡人民政府', '区商务局']);
  });

  it('suggests a unit kind from the name', () => {
    expect(unitKindOf('雁栖镇')).toBe('镇乡街道');
    expect(unitKindOf('泉河街道办事处')).toBe('镇乡街道');
    expect(unitKindOf('区水务局')).toBe('委办局');
    expect(unitKindOf('怀柔科学城管委会')).toBe('其他');
    expect(unitKindOf('市生态环境局')).toBe('委办局');
    expect(unitKindOf('各区、县（市）政府（管委会）')).toBe('其他');
  });
});
