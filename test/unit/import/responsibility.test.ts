// Responsibility phrases as published plans write them, and the unit-name splitter under them:
// no label, clause or filler word may ever come out as a unit.
import { describe, expect, it } from 'vitest';
import { parseResponsibility, readPhraseLine, splitTrailingPhrase } from '../../../core/documents/import/responsibility.ts';
import { splitUnitNames } from '../../../core/model/unit-names.ts';

describe('the unit-name splitter', () => {
  it('keeps brackets inside names and collective units whole', () => {
    expect(splitUnitNames('各区、县（市）政府（管委会）')).toEqual(['各区、县（市）政府（管委会）']);
    expect(splitUnitNames('各县（市、区）人民政府、市生态环境局')).toEqual(['各县（市、区）人民政府', '市生态环境局']);
    expect(splitUnitNames('区城市管理委、各镇乡人民政府、街道办事处、区商务局')).toEqual(['区城市管理委', '各镇乡人民政府、街道办事处', '区商务局']);
    expect(splitUnitNames('区发展改革委（区统计局）')).toEqual(['区发展改革委（区统计局）']);
  });

  it('is the one splitter of the app: "--units" lists of round/progress keep a collective unit whole too', () => {
    expect(splitUnitNames('区水务局,各镇乡人民政府、街道办事处，区交通局')).toEqual(['区水务局', '各镇乡人民政府、街道办事处', '区交通局']);
    expect(splitUnitNames('组干科、机关党委、各专班、区大气污染防治工作组')).toEqual(['组干科', '机关党委', '各专班', '区大气污染防治工作组']);
  });

  it('drops fillers and never returns a label, a clause or a lone 等', () => {
    expect(splitUnitNames('市发展和改革局等')).toEqual(['市发展和改革局']);
    expect(splitUnitNames('市工业和信息化局、市住房城乡建设局等部门')).toEqual(['市工业和信息化局', '市住房城乡建设局']);
    expect(splitUnitNames('等、不再列出、实施单位：各区')).toEqual([]);
    expect(splitUnitNames('各区、市生态环境局')).toEqual(['各区', '市生态环境局']);
  });
});

describe('responsibility phrases', () => {
  it('reads the verb style with 等 and a comma', () => {
    const { text, phrase } = splitTrailingPhrase('1.制定实施准入清单。严格落实生态环境分区管控要求。（市生态环境局牵头，市发展和改革局等参与）');
    expect(text).toBe('1.制定实施准入清单。严格落实生态环境分区管控要求。');
    expect(phrase).toMatchObject({ leadUnits: ['市生态环境局'], supportUnits: ['市发展和改革局'], implementers: [], deadline: '', rule: null });
  });

  it('reads square brackets with implementers and a deadline inside', () => {
    const { phrase } = splitTrailingPhrase('推进燃煤锅炉淘汰。〔市生态环境局牵头，市市场监管局、市工业和信息化局参与，各县区负责落实，2024年底前完成〕');
    expect(phrase).toMatchObject({
      leadUnits: ['市生态环境局'],
      supportUnits: ['市市场监管局', '市工业和信息化局'],
      implementers: ['各县区'],
      deadline: '2024年底前',
    });
  });

  it('reads a field-style phrase with a rule for the items after it, and no fragment becomes a unit', () => {
    const r = parseResponsibility('牵头单位：市发改委，实施单位：各区、县（市）政府（管委会），以下工作均需各区、县（市）政府（管委会）落实，不再列出');
    expect(r).toMatchObject({ leadUnits: ['市发改委'], supportUnits: [], implementers: ['各区、县（市）政府（管委会）'], unread: [] });
    expect(r?.rule).toBe('以下工作均需各区、县（市）政府（管委会）落实，不再列出');
  });

  it('continues a field across a comma and reads the 负责/配合/协办/主责 kin', () => {
    expect(parseResponsibility('牵头单位：市发改委，市工信局；配合单位：市财政局')).toMatchObject({ leadUnits: ['市发改委', '市工信局'], supportUnits: ['市财政局'] });
    expect(parseResponsibility('主责单位：区水务局；协办单位：区农业农村局；时间节点：2025年6月底前')).toMatchObject({
      leadUnits: ['区水务局'],
      supportUnits: ['区农业农村局'],
      deadline: '2025年6月底前',
    });
    expect(parseResponsibility('由区城管委负责，区交通局配合')).toMatchObject({ leadUnits: ['区城管委'], supportUnits: ['区交通局'] });
  });

  it('leaves brackets that name nothing in the text', () => {
    expect(splitTrailingPhrase('推进“油换电”示范项目（共3个）。').phrase).toBeNull();
    expect(splitTrailingPhrase('定期分析生态环境质量指数（EI）。').phrase).toBeNull();
  });

  it('reads a 责任单位 line of its own', () => {
    expect(readPhraseLine('责任单位：区发改局、区市场监管局')).toMatchObject({ leadUnits: ['区发改局', '区市场监管局'] });
    expect(readPhraseLine('完成时限：2024年12月底前。')).toMatchObject({ deadline: '2024年12月底前' });
    expect(readPhraseLine('加强组织领导。')).toBeNull();
  });

  it('reads an unbracketed 牵头单位 tail', () => {
    const { text, phrase } = splitTrailingPhrase('开展秋冬季攻坚行动。牵头单位：区生态环境局；完成时限：2024年底前。');
    expect(text).toBe('开展秋冬季攻坚行动。');
    expect(phrase).toMatchObject({ leadUnits: ['区生态环境局'], deadline: '2024年底前' });
  });
});
