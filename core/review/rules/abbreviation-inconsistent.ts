// After "全称（以下简称X）" the text should say X: not the full name again, and not another
// short form (the seed defines "2024年行动计划" and later writes 《行动计划》 and the full title).
// Work is linear: definitions are collected first, then one pass looks at every later 《…》
// title (and, for names defined without 《》, one combined regex of those names).
import type { ReviewContext, Rule } from '../context.ts';
import { isHan, makeFinding, paraLabel } from '../text.ts';
import type { Finding } from '../../model/findings.ts';

const DEFINITION = /[（(](?:以下简称|以下称|下称|简称)[“"]?([^）)”"\n]{1,30})[”"]?[）)]/g;
const TITLE = /《([^《》\n]{1,200})》/g;
const DEFINED = /^[（(](?:以下简称|以下称|下称|简称)/;
// Stage marks are not part of the name: 《…行动计划（征求意见稿）》 names the same plan.
const STAGE = /[（(](?:征求意见稿|送审稿|报审稿|审议稿|讨论稿|修改稿|草案|初稿|代拟稿)[）)]$/;
// Words that end up before a name defined without 《》 ("组织编制了…", "由…").
const LEAD = /^(?:(?:由|对|和|与|将|在|及|为|从|经|据|按|按照|根据|依据|组织|会同|协调|联合|委托|通过|关于|制定|印发|出台|编制|起草|草拟|了|的)+)/;

interface Definition {
  full: string;
  short: string;
  title: boolean;
  paragraph: number;
  /** End of the definition's closing bracket. */
  end: number;
}

const core = (name: string) => name.replace(STAGE, '').trim();

export const abbreviationInconsistent: Rule = {
  id: 'abbreviation-inconsistent',
  check(ctx) {
    const defs = collect(ctx);
    if (defs.length === 0) return [];
    // Title → definition, for the full name and for other short forms (suffixes of the names).
    const fullTitles = new Map<string, Definition>();
    const otherShort = new Map<string, Definition>();
    for (const d of defs) {
      if (d.title) fullTitles.set(core(d.full), d);
      for (const name of [d.short, core(d.full)]) {
        for (let k = 1; k <= name.length - 2; k++) {
          const suffix = name.slice(k);
          if (suffix !== d.short && !otherShort.has(suffix)) otherShort.set(suffix, d);
        }
      }
    }
    const plain = defs.filter((d) => !d.title);
    const plainRe = plain.length ? new RegExp(plain.map((d) => d.full.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : null;
    const plainByFull = new Map(plain.map((d) => [d.full, d]));
    const after = (d: Definition, i: number, at: number) => i > d.paragraph || (i === d.paragraph && at >= d.end);

    const out: Finding[] = [];
    ctx.forEachMatch(TITLE, (m, i, at) => {
      const text = ctx.paragraphs[i];
      const inner = m[1];
      const flag = (message: string, short: string) => out.push(makeFinding('abbreviation-inconsistent', text, i, at, m[0].length, message, short));
      if (DEFINED.test(text.slice(at + m[0].length, at + m[0].length + 6))) return; // a (re)definition
      const full = fullTitles.get(core(inner));
      if (full && after(full, i, at)) {
        flag(`前文（${paraLabel(full.paragraph)}）已简称“${full.short}”，此处不必再用全称，应改为“${full.short}”。`, full.short);
        return;
      }
      const other = otherShort.get(inner);
      if (other && after(other, i, at) && inner !== core(other.full)) {
        flag(`简称不统一：前文（${paraLabel(other.paragraph)}）定义的简称是“${other.short}”，此处写作“${m[0]}”，应统一为“${other.short}”。`, other.short);
      }
    });
    if (plainRe) {
      ctx.forEachMatch(plainRe, (m, i, at) => {
        const text = ctx.paragraphs[i];
        const d = plainByFull.get(m[0])!;
        if (!after(d, i, at) || DEFINED.test(text.slice(at + m[0].length, at + m[0].length + 6))) return;
        out.push(makeFinding('abbreviation-inconsistent', text, i, at, m[0].length, `前文（${paraLabel(d.paragraph)}）已简称“${d.short}”，此处应改为“${d.short}”。`, d.short));
      });
    }
    return out;
  },
};

function collect(ctx: ReviewContext): Definition[] {
  const seen = new Map<string, Definition>();
  ctx.forEachMatch(DEFINITION, (m, paragraph, at) => {
    const text = ctx.paragraphs[paragraph];
    const short = m[1].replace(/^《(.*)》$/, '$1').trim();
    let full = '';
    let title = false;
    if (text[at - 1] === '》') {
      const from = Math.max(0, at - 201); // titles are short: look back a bounded distance
      const open = text.slice(from, at - 1).lastIndexOf('《');
      if (open >= 0) [full, title] = [text.slice(from + open + 1, at - 1), true];
    } else {
      let s = at;
      while (s > 0 && at - s < 40 && (isHan(text[s - 1]) || /[A-Za-z0-9·]/.test(text[s - 1]))) s--;
      full = text.slice(s, at).replace(LEAD, '');
    }
    if (full.length < 4 || full.length <= short.length || !short) return;
    const key = `${full}\u0000${short}`;
    if (!seen.has(key)) seen.set(key, { full, short, title, paragraph, end: at + m[0].length });
  });
  return [...seen.values()];
}
