// Plans for the export tests: a small hand-made one, and one as large as the seed's.
import type { Aspect, Indicator, KeyTask, Measure, Part, Plan, Unit } from '../../../core/model/plan.ts';
import { DEFAULT_LEVEL_SCHEME } from '../../../core/model/levels.ts';

const unit = (id: number, name: string, kind: Unit['kind'] = '委办局'): Unit => ({ id, name, kind, contact: '', phone: '' });

export const UNITS: Unit[] = [unit(1, '区生态环境局'), unit(2, '区城市管理委'), unit(3, '区交通局'), unit(4, '区水务局'), unit(5, '怀柔镇', '镇乡街道')];

const measure = (id: number, title: string, lead: string[], support: string[], indicatorIds: number[] = []): Measure => ({
  kind: 'measure',
  id,
  title,
  leadUnits: lead,
  supportUnits: support,
  deadline: '2024年底前',
  indicatorIds,
});
const keyTask = (id: number, title: string, children: Measure[]): KeyTask => ({ kind: 'keyTask', id, title, children });
const aspect = (id: number, title: string, children: KeyTask[]): Aspect => ({ kind: 'aspect', id, title, children });

export const PM25: Indicator = {
  id: 901,
  partId: 1,
  name: 'PM2.5年均浓度',
  unit: '微克/立方米',
  baselineYear: 2023,
  baselineValue: 29,
  comparator: '<=',
  target: 28,
};
export const GOOD_DAYS: Indicator = {
  id: 902,
  partId: 1,
  name: '优良天数比率',
  unit: '%',
  baselineYear: 2023,
  baselineValue: 79.1,
  comparator: '>=',
  target: 78,
};
export const COD: Indicator = {
  id: 903,
  partId: 2,
  name: '化学需氧量减排量',
  unit: '吨',
  baselineYear: null,
  baselineValue: null,
  comparator: '>=',
  target: 630,
};

/** Two parts, three aspects, five key tasks, eight measures. */
export function smallPlan(): Plan {
  const air: Part = {
    kind: 'part',
    id: 1,
    title: '大气污染防治',
    goals: '全力巩固空气质量改善成效，PM2.5年均浓度不高于28微克/立方米。',
    content: '一是实施挥发性有机物治理专项行动。二是实施氮氧化物减排专项行动。',
    indicators: [PM25, GOOD_DAYS],
    children: [
      aspect(10, '实施挥发性有机物（VOCs）治理专项行动', [
        keyTask(100, '推广新能源汽车', [
          measure(1000, '新增和更新的公交车中新能源车比例达到100%。', ['区交通局'], ['区生态环境局'], [901]),
          measure(1001, '推动出租车更新为新能源车。', ['区交通局'], []),
        ]),
        keyTask(101, '加强产品源头替代', [measure(1002, '推进工业涂装企业低挥发性原辅材料替代。', ['区生态环境局'], ['区城市管理委', '怀柔镇'], [901, 902])]),
      ]),
      aspect(11, '提升城市环境精细化管控水平', [
        keyTask(102, '狠抓扬尘管控', [
          measure(1003, '降尘量控制在4.5吨/平方公里·月以内。', ['区城市管理委', '区生态环境局'], ['怀柔镇']),
          measure(1004, '加强施工工地扬尘巡查。', ['区城市管理委'], []),
        ]),
      ]),
    ],
  };
  const water: Part = {
    kind: 'part',
    id: 2,
    title: '水污染防治',
    goals: '全区水生态环境质量稳中向好。',
    content: '一是水资源保护。二是水环境治理。',
    indicators: [COD],
    children: [
      aspect(20, '水环境治理', [
        keyTask(200, '强化城乡生活污染治理', [
          measure(2000, '推进农村生活污水治理。', ['区水务局'], ['怀柔镇']),
          measure(2001, '完成化学需氧量减排任务。', ['区水务局'], ['区生态环境局'], [903]),
        ]),
        keyTask(201, '加强汛期污染防治', [measure(2002, '开展汛期水质巡查。', ['区水务局', '区生态环境局'], [])]),
      ]),
    ],
  };
  return {
    title: '推进美丽怀柔建设 持续深入打好污染防治攻坚战2024年行动计划',
    year: 2024,
    isSample: false,
    levels: DEFAULT_LEVEL_SCHEME,
    sections: [],
    units: UNITS,
    parts: [air, water],
  };
}

/** The seed's counts: [aspects, key tasks, measures] per part (DOMAIN.md). */
export const SEED_COUNTS: [string, number, number, number][] = [
  ['大气污染防治', 6, 27, 66],
  ['水污染防治', 4, 17, 41],
  ['土壤污染防治', 5, 17, 39],
  ['应对气候变化', 5, 17, 32],
  ['生态保护', 4, 14, 27],
];

/** Spreads n items over k buckets as evenly as possible, earlier buckets first. */
function spread(n: number, k: number): number[] {
  return Array.from({ length: k }, (_, i) => Math.floor(n / k) + (i < n % k ? 1 : 0));
}

/** A plan with the seed's shape and size: 5 parts, 24 aspects, 92 key tasks, 205 measures. */
export function largePlan(counts = SEED_COUNTS): Plan {
  let nextId = 1;
  const id = () => nextId++;
  const units = UNITS.map((u) => u.name);
  let m = 0;
  const parts = counts.map(([title, aspects, keyTasks, measures], p): Part => {
    const partId = id();
    const indicator: Indicator = {
      id: id(),
      partId,
      name: `${title}指标`,
      unit: '%',
      baselineYear: 2023,
      baselineValue: 90 + p,
      comparator: '>=',
      target: 91 + p,
    };
    const tasksPerAspect = spread(keyTasks, aspects);
    const measuresPerTask = spread(measures, keyTasks);
    let t = 0;
    return {
      kind: 'part',
      id: partId,
      title,
      goals: `${title}的主要目标。`,
      content: `${title}的主要内容。`,
      indicators: [indicator],
      children: tasksPerAspect.map((taskCount, a) =>
        aspect(
          id(),
          `${title}第${a + 1}个方面`,
          Array.from({ length: taskCount }, () => {
            const taskIndex = t++;
            return keyTask(
              id(),
              `${title}重点任务${taskIndex + 1}`,
              Array.from({ length: measuresPerTask[taskIndex] }, () => {
                m += 1;
                return measure(
                  id(),
                  `第${m}项具体措施，推进相关工作落实落细。`,
                  [units[m % units.length]],
                  m % 3 === 0 ? [] : [units[(m + 1) % units.length]],
                  m % 7 === 0 ? [indicator.id] : [],
                );
              }),
            );
          }),
        ),
      ),
    };
  });
  return { title: '推进美丽怀柔建设 持续深入打好污染防治攻坚战2024年行动计划', year: 2024, isSample: false, levels: DEFAULT_LEVEL_SCHEME, sections: [], units: UNITS, parts };
}
