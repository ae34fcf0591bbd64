#!/usr/bin/env node
// Checks seeds/sample-plan.json (the embedded sample plan) and prints its counts.
// Plain Node, no dependencies: `node seeds/check-sample.mjs [path]`. Exits 1 on any failure.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = process.argv[2] ?? fileURLToPath(new URL('./sample-plan.json', import.meta.url));
const plan = JSON.parse(readFileSync(file, 'utf8'));

// Counts stated by the seed 起草说明 (DOMAIN.md "Plan structure and counting").
const EXPECTED = [
  ['大气污染防治', 6, 27, 66],
  ['水污染防治', 4, 17, 41],
  ['土壤污染防治', 5, 17, 39],
  ['应对气候变化', 5, 17, 32],
  ['生态保护', 4, 14, 27],
];
const EXPECTED_TOTAL = [24, 92, 205];

const UNIT_KINDS = ['委办局', '镇乡街道', '其他'];
const COMPARATORS = ['<=', '>=', '=', '≈'];
const DEADLINE = /^(长期坚持|\d{4}年(\d{1,2}月)?底前)$/;
const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef';
// Half-width , ; : ( ) touching Chinese text on either side.
const HALF_WIDTH = new RegExp(`[${CJK}][,;:()]|[,;:()][${CJK}]`);
const DOUBLED = /[，。；：、！？]{2}/;
const NUMBERING = /^\s*([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．]|（\d+）)/;
const LEFTOVER = /\[bookmark:|_GoBack/;

const errors = [];
const fail = (where, msg) => errors.push(`${where}: ${msg}`);

function sameKeys(obj, keys, where) {
  const got = Object.keys(obj ?? {}).sort().join(',');
  const want = [...keys].sort().join(',');
  if (got !== want) fail(where, `keys are {${got}}, expected {${want}}`);
}

/** Generated wording (titles, measure texts): house style of the plan. */
function checkWording(s, where, { sentence }) {
  if (typeof s !== 'string' || s.trim() === '') return fail(where, 'empty text');
  if (sentence && !s.endsWith('。')) fail(where, `does not end with "。": ${s}`);
  if (!sentence && /[。；，]$/.test(s)) fail(where, `title ends with punctuation: ${s}`);
  const half = s.match(HALF_WIDTH);
  if (half) fail(where, `half-width punctuation "${half[0]}" in Chinese text: ${s}`);
  const doubled = s.match(DOUBLED);
  if (doubled) fail(where, `doubled punctuation "${doubled[0]}": ${s}`);
  if (NUMBERING.test(s)) fail(where, `numbering prefix: ${s}`);
  if (/\s/.test(s)) fail(where, `whitespace: ${s}`);
  if (LEFTOVER.test(s)) fail(where, `Word leftover: ${s}`);
}

sameKeys(plan, ['title', 'year', 'isSample', 'units', 'parts'], 'plan');
if (typeof plan.title !== 'string' || !plan.title.endsWith('（示例）')) fail('plan', 'title must end with （示例）');
if (plan.year !== 2024) fail('plan', 'year must be 2024');
if (plan.isSample !== true) fail('plan', 'isSample must be true');

// Units
const unitNames = new Set();
for (const [i, u] of (plan.units ?? []).entries()) {
  const where = `units[${i}]`;
  sameKeys(u, ['name', 'kind', 'contact', 'phone'], where);
  if (!u.name) fail(where, 'empty name');
  if (unitNames.has(u.name)) fail(where, `duplicate unit ${u.name}`);
  unitNames.add(u.name);
  if (!UNIT_KINDS.includes(u.kind)) fail(where, `bad kind ${u.kind}`);
  if (u.contact !== '' || u.phone !== '') fail(where, 'contact and phone must stay empty');
}
const used = new Set();

// Parts
const rows = [];
const parts = plan.parts ?? [];
if (parts.length !== EXPECTED.length) fail('plan', `${parts.length} parts, expected ${EXPECTED.length}`);
let measureCount = 0;
for (const [pi, part] of parts.entries()) {
  const exp = EXPECTED[pi];
  const pw = `part ${pi + 1} ${part.title}`;
  sameKeys(part, ['title', 'goals', 'content', 'indicators', 'aspects'], pw);
  if (exp && part.title !== exp[0]) fail(pw, `title should be ${exp[0]}`);
  for (const f of ['goals', 'content']) {
    // Verbatim seed text: its own mistakes stay, only Word leftovers are forbidden.
    if (typeof part[f] !== 'string' || part[f].trim() === '') fail(pw, `empty ${f}`);
    else if (LEFTOVER.test(part[f])) fail(pw, `Word leftover in ${f}`);
    else if (/^主要(目标|内容)(为)?：/.test(part[f])) fail(pw, `${f} keeps its label`);
  }

  const indNames = new Set();
  for (const [ii, ind] of (part.indicators ?? []).entries()) {
    const w = `${pw} indicator ${ii + 1}`;
    sameKeys(ind, ['name', 'unit', 'baselineYear', 'baselineValue', 'comparator', 'target'], w);
    if (!ind.name) fail(w, 'empty name');
    if (indNames.has(ind.name)) fail(w, `duplicate indicator ${ind.name}`);
    indNames.add(ind.name);
    if (typeof ind.unit !== 'string') fail(w, 'unit must be a string');
    if (!(ind.baselineYear === null || Number.isInteger(ind.baselineYear))) fail(w, 'baselineYear must be an integer or null');
    if (!(ind.baselineValue === null || Number.isFinite(ind.baselineValue))) fail(w, 'baselineValue must be a number or null');
    if (!COMPARATORS.includes(ind.comparator)) fail(w, `bad comparator ${ind.comparator}`);
    if (!Number.isFinite(ind.target)) fail(w, 'target must be a number');
  }

  const aspects = part.aspects ?? [];
  let keyTasks = 0;
  let measures = 0;
  if (aspects.length === 0) fail(pw, 'no aspects');
  for (const [ai, aspect] of aspects.entries()) {
    const aw = `${pw} / 方面${ai + 1}`;
    sameKeys(aspect, ['title', 'keyTasks'], aw);
    checkWording(aspect.title, aw, { sentence: false });
    if (!aspect.keyTasks?.length) fail(aw, 'no key tasks');
    for (const [ti, task] of (aspect.keyTasks ?? []).entries()) {
      const tw = `${aw} / 任务${ti + 1}`;
      keyTasks++;
      sameKeys(task, ['title', 'measures'], tw);
      checkWording(task.title, tw, { sentence: false });
      if (!task.measures?.length) fail(tw, 'no measures');
      for (const [mi, m] of (task.measures ?? []).entries()) {
        const mw = `${tw} / 措施${mi + 1}`;
        measures++;
        sameKeys(m, ['text', 'leadUnits', 'supportUnits', 'deadline', 'indicators'], mw);
        checkWording(m.text, mw, { sentence: true });
        if (!Array.isArray(m.leadUnits) || m.leadUnits.length < 1) fail(mw, 'no lead unit');
        if (!Array.isArray(m.supportUnits)) fail(mw, 'supportUnits must be an array');
        const all = [...(m.leadUnits ?? []), ...(m.supportUnits ?? [])];
        for (const u of all) {
          used.add(u);
          if (!unitNames.has(u)) fail(mw, `unknown unit "${u}"`);
        }
        if (new Set(all).size !== all.length) fail(mw, 'a unit is listed twice');
        if (typeof m.deadline !== 'string' || !DEADLINE.test(m.deadline)) fail(mw, `bad deadline "${m.deadline}"`);
        if (!Array.isArray(m.indicators)) fail(mw, 'indicators must be an array');
        for (const n of m.indicators ?? []) if (!indNames.has(n)) fail(mw, `indicator "${n}" is not in this part`);
      }
    }
  }
  measureCount += measures;
  rows.push([part.title, aspects.length, keyTasks, measures, exp]);
  if (exp) {
    const [, ea, ek, em] = exp;
    if (aspects.length !== ea) fail(pw, `${aspects.length} aspects, expected ${ea}`);
    if (keyTasks !== ek) fail(pw, `${keyTasks} key tasks, expected ${ek}`);
    if (measures !== em) fail(pw, `${measures} measures, expected ${em}`);
  }
}

const total = rows.reduce((s, r) => [s[0] + r[1], s[1] + r[2], s[2] + r[3]], [0, 0, 0]);
EXPECTED_TOTAL.forEach((v, i) => {
  if (total[i] !== v) fail('total', `${['aspects', 'key tasks', 'measures'][i]} ${total[i]}, expected ${v}`);
});

// Table
const pad = (s, n) => String(s) + ' '.repeat(Math.max(0, n - [...String(s)].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
const cell = (got, want) => (want === undefined || got === want ? String(got) : `${got}≠${want}`);
console.log(`${pad('部分', 14)}${pad('方面', 8)}${pad('重点任务', 10)}具体措施`);
for (const [title, a, k, m, exp] of rows) {
  console.log(`${pad(title, 14)}${pad(cell(a, exp?.[1]), 8)}${pad(cell(k, exp?.[2]), 10)}${cell(m, exp?.[3])}`);
}
console.log(`${pad('合计', 14)}${pad(cell(total[0], 24), 8)}${pad(cell(total[1], 92), 10)}${cell(total[2], 205)}`);
const kinds = Object.fromEntries(UNIT_KINDS.map((k) => [k, (plan.units ?? []).filter((u) => u.kind === k).length]));
console.log(
  `单位 ${unitNames.size} 个（委办局 ${kinds['委办局']}、镇乡街道 ${kinds['镇乡街道']}、其他 ${kinds['其他']}），` +
    `其中被措施引用 ${used.size} 个；指标 ${parts.reduce((s, p) => s + (p.indicators?.length ?? 0), 0)} 项；措施 ${measureCount} 项`,
);

if (errors.length) {
  console.error(`\n${errors.length} problem(s):`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
console.log('OK');
