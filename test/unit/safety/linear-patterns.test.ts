// Every regular expression in core/consult and core/review sees text someone typed or sent, so
// each must take time linear in it: a pattern with nested or overlapping quantifiers can be made
// to backtrack for minutes by a few hundred bytes (a 章节/条款 of 30,000 "1" froze anchoring 100 s).
// Each pattern of the source (literals, and those built at load with new RegExp) is run over
// adversarial text made from its own characters — long runs of one character, of each adjacent
// pair, each with and without a tail that makes the match fail — and must finish in a budget a
// quadratic pattern misses by far (40,000 characters: 1.6·10⁹ steps, many seconds; a linear pattern
// takes milliseconds, a few hundred on a loaded machine — a run over budget is timed once more).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const DIRS = ['core/consult', 'core/review'];
const N = 40_000;
const BUDGET_MS = 1000;

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

/** Regex literals of a file, as the engine builds them. */
function literals(file: string): RegExp[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: RegExp[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source);
      const end = text.lastIndexOf('/');
      found.push(new RegExp(text.slice(1, end), text.slice(end + 1)));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Patterns the modules build when they load (new RegExp from parts): recorded while importing them. */
async function builtAtLoad(files: string[]): Promise<RegExp[]> {
  const made: RegExp[] = [];
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args) {
      const re = Reflect.construct(target, args) as RegExp;
      made.push(re);
      return re;
    },
  });
  try {
    for (const f of files) if (/new RegExp/.test(fs.readFileSync(f, 'utf8'))) await import(path.resolve(f));
  } finally {
    globalThis.RegExp = Original;
  }
  return made;
}

/** One character for each thing the pattern can match, in the order the pattern names them. */
function charactersOf(re: RegExp): string[] {
  const src = re.source;
  const out: string[] = [];
  const classes: Record<string, string> = { d: '1', s: ' ', w: 'a', D: 'x', S: 'x', W: '，', b: '', B: '' };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      const next = src[++i];
      if (next === 'p' || next === 'P') {
        out.push('中', '，');
        i = src.indexOf('}', i);
      } else if (next === 'u' && src[i + 1] !== '{') {
        out.push(String.fromCharCode(parseInt(src.slice(i + 1, i + 5), 16)));
        i += 4;
      } else if (next in classes) {
        if (classes[next]) out.push(classes[next]);
      } else if (next === 'n' || next === 't' || next === 'r') out.push({ n: '\n', t: '\t', r: '\r' }[next]);
      else out.push(next);
    } else if (ch === '[') {
      // every member of a class is a candidate (a range gives its ends)
      let j = i + 1;
      if (src[j] === '^') j++;
      for (; j < src.length && src[j] !== ']'; j++) {
        if (src[j] === '\\') {
          const next = src[++j];
          if (next === 'u') {
            out.push(String.fromCharCode(parseInt(src.slice(j + 1, j + 5), 16)));
            j += 4;
          } else if (next === 'p' || next === 'P') {
            out.push('中');
            j = src.indexOf('}', j);
          } else out.push(classes[next] || next);
        } else if (src[j] !== '-') out.push(src[j]);
      }
      i = j;
    } else if (!'()|?*+{}^$.,:<>=!'.includes(ch) && !/\d/.test(ch)) out.push(ch);
    else if (/\d/.test(ch) && src[i - 1] !== '{' && src[i - 1] !== ',') out.push(ch);
  }
  return [...new Set(out.filter((c) => c !== ''))];
}

/** Long runs of one character and of each adjacent pair, each with and without a failing tail. */
function adversarial(re: RegExp): string[] {
  const chars = charactersOf(re);
  const bodies = new Set<string>();
  for (const c of chars) bodies.add(c.repeat(N));
  for (let k = 0; k + 1 < chars.length; k++) bodies.add((chars[k] + chars[k + 1]).repeat(N / 2));
  for (const c of ['1', ' ', '中', '（', '一']) bodies.add(c.repeat(N));
  return [...bodies].flatMap((b) => [b, b + '\u0001', '\u0001' + b + '\u0001']);
}

/** Runs the pattern the way the code does: every match of a global pattern, the first of another. */
function run(re: RegExp, text: string): void {
  const copy = new RegExp(re.source, re.flags);
  if (copy.global || copy.sticky) text.replace(copy, '');
  else copy.test(text);
}

const files = DIRS.flatMap(sourceFiles);
const patterns: { where: string; re: RegExp }[] = [];
for (const f of files) for (const re of literals(f)) patterns.push({ where: f, re });

describe('patterns that see user text take linear time', () => {
  it('finds the patterns to check', async () => {
    for (const re of await builtAtLoad(files)) patterns.push({ where: 'built at load', re });
    expect(files.length).toBeGreaterThan(40);
    expect(patterns.length).toBeGreaterThan(80);
    expect(patterns.some((p) => p.where === 'built at load')).toBe(true);
  });

  it('each pattern runs over 40,000 adversarial characters within a second', { timeout: 600_000 }, () => {
    const slow: string[] = [];
    for (const { where, re } of patterns) {
      for (const text of adversarial(re)) {
        const timed = () => {
          const t0 = performance.now();
          run(re, text);
          return performance.now() - t0;
        };
        const ms = timed() > BUDGET_MS ? timed() : 0;
        if (ms > BUDGET_MS) {
          slow.push(`${where}: /${re.source}/${re.flags} on "${text.slice(0, 6)}…"×${text.length}: ${Math.round(ms)} ms`);
          break; // one slow input is enough to name the pattern
        }
      }
    }
    expect(slow).toEqual([]);
  });
});
