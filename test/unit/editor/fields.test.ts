// What the editor's fields accept: indicators (numbers are numbers), units (added, renamed
// everywhere), deadlines in a recognisable form, parts' prose, and the api's labels for undo.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDeadline } from '../../../core/api/channels/editor.ts';
import { dispatch } from '../../../core/api/dispatch.ts';
import { Session } from '../../../core/api/session.ts';
import { addIndicator, deleteIndicator, moveIndicator, updateIndicator } from '../../../core/store/indicators.ts';
import type { Db } from '../../../core/store/open.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { addUnit, renameUnit } from '../../../core/store/units.ts';
import { tempDir } from '../../helpers/plans.ts';
import { nodeId, openSmallPlan } from './fixture.ts';
import { measuresOf } from '../../../core/model/level-rules.ts';

let db: Db;
let file: string;
beforeEach(() => ({ db, file } = openSmallPlan()));
afterEach(() => db.open && db.close());

const indicatorsOf = (partTitle: string) => readPlan(db).parts.find((p) => p.title === partTitle)!.indicators;

describe('indicators', () => {
  it('are added at a position, reordered and removed, positions staying 0..n-1', () => {
    const air = nodeId(db, '大气污染防治');
    const base = { unit: '%', baselineYear: 2023, baselineValue: 79.1, comparator: '>=' as const, target: 78 };
    addIndicator(db, air, { name: '优良天数比率', ...base });
    addIndicator(db, air, { name: '重污染天数', unit: '天', baselineYear: null, baselineValue: null, comparator: '<=', target: 4 }, 0);
    expect(indicatorsOf('大气污染防治').map((i) => i.name)).toEqual(['重污染天数', 'PM2.5年均浓度', '优良天数比率']);
    const good = indicatorsOf('大气污染防治')[2].id;
    moveIndicator(db, good, 0);
    expect(indicatorsOf('大气污染防治').map((i) => i.name)).toEqual(['优良天数比率', '重污染天数', 'PM2.5年均浓度']);
    deleteIndicator(db, indicatorsOf('大气污染防治')[1].id);
    expect(db.prepare('SELECT position FROM indicator WHERE part_id = ? ORDER BY position').all(air)).toEqual([{ position: 0 }, { position: 1 }]);
  });

  it('refuse an empty name, a non-number and an impossible year, in Chinese, changing nothing', () => {
    const pm = indicatorsOf('大气污染防治')[0];
    expect(() => updateIndicator(db, pm.id, { name: '  ' })).toThrow('指标名称不能为空');
    expect(() => updateIndicator(db, pm.id, { target: Number.NaN })).toThrow('目标值须为数字');
    expect(() => updateIndicator(db, pm.id, { baselineYear: 23 })).toThrow('基准年须为四位年份');
    expect(indicatorsOf('大气污染防治')[0]).toEqual(pm);
  });

  it('the api checks the input shape before core sees it', async () => {
    db.close();
    const s = new Session(tempDir());
    s.open(file);
    const air = nodeId(s.plan, '大气污染防治');
    const bad = await dispatch(s, 'indicator.add', { partId: air, name: '降尘量', unit: '吨', baselineYear: null, baselineValue: null, comparator: '<=', target: '4.5' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringContaining('target') } });
    const good = await dispatch(s, 'indicator.add', {
      partId: air,
      name: '降尘量',
      unit: '吨/（平方公里·月）',
      baselineYear: null,
      baselineValue: null,
      comparator: '<=',
      target: 4.5,
    });
    expect(good.ok).toBe(true);
    expect(await dispatch(s, 'history.state', {})).toEqual({ ok: true, value: { undo: '添加指标', redo: null } });
    s.close();
  });
});

describe('units', () => {
  it('a new unit is added once; renaming it renames it in every measure', () => {
    const id = addUnit(db, { name: ' 区城管委 ', kind: '委办局' });
    expect(() => addUnit(db, { name: '区城管委' })).toThrow('已在单位列表中');
    const water = readPlan(db).units.find((u) => u.name === '区水务局')!;
    renameUnit(db, water.id, '北京市怀柔区水务局');
    const measures = readPlan(db).parts.flatMap((p) => measuresOf(p));
    expect(measures.find((m) => m.title === '建设充电桩200个。')!.leadUnits).toEqual(['北京市怀柔区水务局']);
    expect(() => renameUnit(db, id, '雁栖镇')).toThrow('已在单位列表中');
  });
});

describe('deadlines', () => {
  it('accepts the forms drafters write, alone or joined', () => {
    for (const ok of [
      '2024年底前',
      '2024年6月底前',
      '2024年10月底前',
      '2024年6月30日前',
      '长期坚持',
      '持续推进',
      '2024-06-30',
      '2024年6月30日',
      '2024年上半年',
      '2024年底前，长期坚持',
      '',
    ]) {
      expect(checkDeadline(ok), ok).toBeNull();
    }
  });

  it('names what it cannot read and shows how to write it', () => {
    expect(checkDeadline('年底')).toBe('“年底”不是可识别的完成时限，请写成如“2024年底前”“2024年6月底前”“2024年6月30日前”“长期坚持”或日期“2024-06-30”。');
    expect(checkDeadline('2024年13月底前')).toMatch(/^“2024年13月底前”不是可识别/);
    expect(checkDeadline('2024年底前、尽快')).toMatch(/^“尽快”/);
  });

  it('measure.setDeadline refuses an unrecognisable deadline and keeps the old one', async () => {
    db.close();
    const s = new Session(tempDir());
    s.open(file);
    const m = nodeId(s.plan, '建设充电桩200个。');
    expect(await dispatch(s, 'measure.setDeadline', { id: m, deadline: '尽快' })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(await dispatch(s, 'measure.setDeadline', { id: m, deadline: '2024年9月底前' })).toEqual({ ok: true, value: { ok: true } });
    expect((s.plan.prepare('SELECT deadline FROM node WHERE id = ?').get(m) as { deadline: string }).deadline).toBe('2024年9月底前');
    s.close();
  });
});

describe('parts', () => {
  it('goals and content are saved, typing in one of them is one undo step', async () => {
    db.close();
    const s = new Session(tempDir());
    s.open(file);
    const air = nodeId(s.plan, '大气污染防治');
    for (const goals of ['空气', '空气质量', '空气质量持续改善。']) await dispatch(s, 'part.update', { id: air, goals });
    await dispatch(s, 'part.update', { id: air, content: '一是…' });
    const part = () => readPlan(s.plan).parts[0];
    expect(part()).toMatchObject({ goals: '空气质量持续改善。', content: '一是…' });
    await dispatch(s, 'history.undo', {});
    expect(part().content).toBe('一是治理挥发性有机物。');
    await dispatch(s, 'history.undo', {});
    expect(part().goals).toBe('PM2.5年均浓度不高于28微克/立方米。');
    s.close();
  });
});
