// The five parts' 主要目标 / 主要内容 exactly as the real seed 起草说明 words them, with its real
// drafting mistakes (half-width commas, "；。", "。。", a mixed 一是/二是 series). The sample plan
// ships them corrected; review tests put the originals back to check a plan with real mistakes.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../core/store/open.ts';

// The real 起草说明 the sample plan was built from, kept in the repository so a fresh clone has it.
export const SEED_FILE = fileURLToPath(new URL('../fixtures/seed-explanation.txt', import.meta.url));

export function seedPartTexts(): { goals: string; content: string }[] {
  const lines = fs
    .readFileSync(SEED_FILE, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.replace(/\[bookmark: [^\]]*\]/g, ''));
  const goals = lines.filter((l) => /^主要目标为?：/.test(l)).map((l) => l.replace(/^主要目标为?：/, ''));
  const content = lines.filter((l) => l.startsWith('主要内容：')).map((l) => l.replace(/^主要内容：/, ''));
  if (goals.length !== 5 || content.length !== 5) throw new Error('seed layout changed: expected five 主要目标 and five 主要内容');
  return goals.map((g, i) => ({ goals: g, content: content[i] }));
}

/** Writes the seed's verbatim part texts into the first five parts of a plan. */
export function withSeedPartTexts(db: Db): Db {
  const parts = db.prepare('SELECT id FROM node WHERE parent_id IS NULL ORDER BY position').all() as { id: number }[];
  const texts = seedPartTexts();
  const put = db.prepare('UPDATE node SET goals = ?, content = ? WHERE id = ?');
  db.transaction(() => texts.forEach((t, i) => put.run(t.goals, t.content, parts[i].id)))();
  return db;
}
