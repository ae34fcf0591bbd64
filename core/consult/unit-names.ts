// Unit names as units write them, matched to the unit register: "北京市怀柔区发展和改革委员会",
// "区发改委（盖章）" and "区发展改革委" are one unit. Both sides are brought to one short form
// (the register's style: 委 for 委员会, no 北京市怀柔区 prefix, no 人民政府) before comparing.
// Pure: no database, so the rules can be tested on their own.

/** Full names and common abbreviations → the register's short form. Longer forms first. */
const SHORT_FORMS: [RegExp, string][] = [
  [/发展和改革委员会|发展改革委员会|发改委/g, '发展改革委'],
  [/住房和城乡建设委员会|住房城乡建设委员会|住建委/g, '住房城乡建设委'],
  [/经信局/g, '经济和信息化局'],
  [/城市管理委员会|城管委(?!会)/g, '城市管理委'],
  [/卫生健康委员会|卫健委/g, '卫生健康委'],
  [/市场监督管理局/g, '市场监管局'],
  [/城市管理综合行政执法局/g, '城管执法局'],
  [/教育委员会/g, '教委'],
  [/科学技术委员会/g, '科委'],
  [/国有资产监督管理委员会/g, '国资委'],
  [/环境保护局|环保局/g, '生态环境局'],
  [/管理委员会/g, '管委会'],
  [/委员会/g, '委'],
  [/人民政府/g, ''],
  [/街道办事处/g, '街道'],
  [/盖章|公章|印章/g, ''],
];

/** Letters, digits and Han only, abbreviations expanded, the district prefix dropped. */
export function unitKey(name: string): string {
  let s = name.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
  for (const [re, short] of SHORT_FORMS) s = s.replace(re, short);
  // "北京市怀柔区水务局", "怀柔区水务局" and "区水务局" are the same unit
  return s.replace(/^(北京市)?怀柔区/, '').replace(/^区/, '');
}

export interface UnitMatch {
  /** The one registered unit the text names, or null when none or several fit equally. */
  unit: string | null;
  /** Every registered unit the text may name, best first. */
  matches: string[];
}

/**
 * The registered unit(s) a piece of text names: a unit whose key equals the text's key wins;
 * otherwise the units whose key is inside the text ("关于…的反馈意见（区水务局）"), the longest
 * key first — a short key inside a longer one ("水务局" in "水务局办公室") is the same unit.
 */
export function matchUnit(text: string, register: readonly string[]): UnitMatch {
  const key = unitKey(text);
  if (key.length < 2) return { unit: null, matches: [] };
  const keyed = register.map((name) => ({ name, key: unitKey(name) })).filter((u) => u.key.length >= 2);
  const exact = keyed.filter((u) => u.key === key);
  if (exact.length === 1) return { unit: exact[0].name, matches: [exact[0].name] };
  const inside = keyed.filter((u) => key.includes(u.key)).sort((a, b) => b.key.length - a.key.length);
  if (inside.length === 0) return { unit: null, matches: exact.map((u) => u.name) };
  // a shorter key found only inside the longest one is no rival ("管委会" inside "怀柔科学城管委会")
  const longest = inside[0];
  const rivals = inside.filter((u) => u !== longest && !longest.key.includes(u.key));
  return { unit: rivals.length === 0 ? longest.name : null, matches: inside.map((u) => u.name) };
}
