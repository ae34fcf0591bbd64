// The words plans use for "who and by when": field labels inside a measure's phrase
// ("牵头单位：…；责任单位：…；完成时限：…") and the headers of a 任务分工表 ("牵头部门",
// "责任单位或牵头单位", "工作内容及要求", "2022年预期目标"). One home for these synonyms: the
// importer's phrase reader and table reader both ask here, and the export writes the labels
// listed first. Pure: no Node, the renderer may import it.

/** What a phrase's field label names. 'responsible' (责任单位) is the lead unless the same item
 *  also names a 牵头单位, or a convention ("排在第一位的为牵头单位") says only the first leads. */
export type FieldRole = 'lead' | 'responsible' | 'support' | 'implement' | 'deadline' | 'leader';

export const FIELD_WORDS: Record<FieldRole, readonly string[]> = {
  lead: ['牵头单位', '牵头部门', '牵头责任单位', '牵头责任部门', '主责单位', '主责部门', '主办单位', '负责单位', '牵头', '市级牵头部门', '区级牵头部门', '牵头科室'],
  responsible: ['责任单位', '责任部门', '责任科室', '负责部门'],
  support: ['配合单位', '配合部门', '协办单位', '协办部门', '参与单位', '参与部门', '协助单位', '协作单位', '配合', '配合科室'],
  implement: ['实施单位', '落实单位', '实施主体', '责任主体', '实施部门'],
  deadline: ['完成时限', '完成时间', '完成期限', '时间节点', '时间要求', '时限', '进度安排', '计划节点', '完成节点', '时间安排', '计划完成时间', '时间进度', '完成时限要求'],
  // A person's post, never a unit: kept in the measure's text and reported.
  leader: ['责任领导', '分管领导', '牵头领导', '责任区领导', '包联领导', '联系领导', '责任人', '区级领导', '市级领导'],
};

const FIELD_INDEX = new Map<string, FieldRole>();
for (const [role, words] of Object.entries(FIELD_WORDS) as [FieldRole, readonly string[]][]) for (const w of words) FIELD_INDEX.set(w, role);

/** The role a field label names ("牵头单位" → lead), spaces ignored; null for any other label. */
export function fieldRoleOf(label: string): FieldRole | null {
  return FIELD_INDEX.get(label.replace(/[\s\u3000]/g, '')) ?? null;
}

/** What a column of a task table means. 'other' = not imported (its cells are listed as left out). */
export type ColumnMeaning = 'index' | 'part' | 'aspect' | 'keyTask' | 'measure' | 'leadUnits' | 'supportUnits' | 'deadline' | 'indicators' | 'other';

/** Header words per column meaning; the first is the label the export writes. */
export const COLUMN_WORDS: Record<Exclude<ColumnMeaning, 'other' | 'leadUnits' | 'supportUnits' | 'deadline'>, readonly string[]> = {
  index: ['序号', '编号', '序', '项目编号'],
  part: ['部分', '板块', '版块', '类别', '领域', '工作领域', '专项', '专项行动', '攻坚战役', '任务类别', '工作类别', '类型'],
  aspect: ['方面', '工作方面', '类别方面'],
  keyTask: ['重点任务', '主要任务', '任务名称', '任务', '重点工作', '工作任务', '重点项目', '工作事项', '重点工作任务'],
  measure: [
    '具体措施',
    '工作措施',
    '主要措施',
    '措施',
    '具体任务',
    '任务内容',
    '工作内容',
    '主要内容',
    '项目名称',
    '建设内容',
    '项目内容',
    '工作举措',
    '具体工作',
    '实施内容',
    '主要工作',
    '工作目标及措施',
    '具体内容',
    '任务措施',
    '工作要求',
    '完成标准',
    '标准要求',
    '工作标准',
    '目标要求',
    '具体要求',
  ],
  indicators: ['量化指标', '指标', '目标值', '量化目标', '预期目标', '年度目标', '目标任务', '考核指标'],
};

/** The labels the exported 任务分工表 writes (before a plan's own level names replace them). */
export const COLUMN_LABEL: Record<ColumnMeaning, string> = {
  index: '序号',
  part: '部分',
  aspect: '方面',
  keyTask: '重点任务',
  measure: '具体措施',
  leadUnits: '牵头单位',
  supportUnits: '配合单位',
  deadline: '完成时限',
  indicators: '量化指标',
  other: '不导入',
};

const COLUMN_INDEX = new Map<string, ColumnMeaning>();
for (const [m, words] of Object.entries(COLUMN_WORDS) as [ColumnMeaning, readonly string[]][]) for (const w of words) COLUMN_INDEX.set(w, m);

const FIELD_COLUMN: Record<FieldRole, ColumnMeaning> = {
  lead: 'leadUnits',
  responsible: 'leadUnits',
  support: 'supportUnits',
  implement: 'supportUnits',
  deadline: 'deadline',
  leader: 'other',
};

export interface HeaderReading {
  meaning: ColumnMeaning;
  /** The header names 责任单位 (not 牵头单位): a lead column only when no 牵头 column exists. */
  responsible: boolean;
  /** The header names a leader's post (责任领导): its cells are people, not units. */
  leader: boolean;
  /** A 标准/要求 column: detail of the measure beside it, never the item column itself. */
  detail?: boolean;
}

function exact(h: string): HeaderReading | null {
  const f = FIELD_INDEX.get(h);
  if (f) return { meaning: FIELD_COLUMN[f], responsible: f === 'responsible', leader: f === 'leader' };
  const c = COLUMN_INDEX.get(h);
  return c ? { meaning: c, responsible: false, leader: false } : null;
}

/**
 * A header's meaning: exact words first, then the compound and descriptive forms real tables
 * use — "责任单位或牵头单位", "牵头单位及配合单位" (the cells then say who leads), "工作内容及要求",
 * "完成标准或要求", "2022年预期目标", "完成时限（年月）".
 */
export function readHeader(header: string): HeaderReading {
  const r = readHeaderWords(header);
  const h = header.replace(/[\s\u3000]/g, '');
  if (r.meaning === 'measure' && /(?:标准|要求)$/.test(h) && !/内容|措施|任务|举措/.test(h)) return { ...r, detail: true };
  return r;
}

function readHeaderWords(header: string): HeaderReading {
  const none: HeaderReading = { meaning: 'other', responsible: false, leader: false };
  const h = header.replace(/[\s\u3000]/g, '').replace(/[：:*＊]$/, '');
  if (h === '') return none;
  const forms = [h, h.replace(/[（(][^）)]{0,20}[）)]$/, ''), h.replace(/^(?:19|20)\d{2}年(?:度)?/, '')];
  for (const f of forms) {
    const r = exact(f);
    if (r) return r;
  }
  // "A或B", "A及B", "A和B", "A/B": the first piece that has a meaning decides.
  const pieces = h.split(/[或及和与/、]/).filter((p) => p !== '');
  if (pieces.length > 1) {
    for (const p of pieces) {
      const r = exact(p.replace(/^(?:19|20)\d{2}年(?:度)?/, ''));
      if (r && r.meaning !== 'other') return r;
    }
  }
  // Descriptive headers: by the word they end in.
  if (/(?:时限|期限|时间|节点)$/.test(h)) return { meaning: 'deadline', responsible: false, leader: false };
  if (/领导$/.test(h)) return { meaning: 'other', responsible: false, leader: true };
  if (/牵头/.test(h) && /(?:单位|部门|科室)$/.test(h)) return { meaning: 'leadUnits', responsible: false, leader: false };
  if (/(?:配合|协办|参与)/.test(h) && /(?:单位|部门|科室)$/.test(h)) return { meaning: 'supportUnits', responsible: false, leader: false };
  if (/责任/.test(h) && /(?:单位|部门|科室)$/.test(h)) return { meaning: 'leadUnits', responsible: true, leader: false };
  if (/(?:指标|目标值|预期目标)$/.test(h)) return { meaning: 'indicators', responsible: false, leader: false };
  if (/(?:措施|内容|要求|标准)$/.test(h)) return { meaning: 'measure', responsible: false, leader: false };
  if (/任务$/.test(h)) return { meaning: 'keyTask', responsible: false, leader: false };
  return none;
}
