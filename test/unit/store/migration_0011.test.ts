// Migration 0011 (a change linked to the comment it answers, issue 21): a version-10 plan upgrades
// with nothing lost and no links, and links can be written and read afterwards.
import { describe, expect, it } from 'vitest';
import { hasChangeLinks, listChangeLinks } from '../../../core/consult/change-links.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { upgradeSmallPlanFrom } from '../../helpers/migration.ts';

describe('migration 0011 (comment links)', () => {
  it('upgrades a version-10 plan: its measures kept, the link table present and empty', () => {
    const db = upgradeSmallPlanFrom(10);
    expect(hasChangeLinks(db)).toBe(true);
    expect(listChangeLinks(db)).toEqual([]);
    expect(readPlan(db).parts.map((p) => p.title)).toEqual(['大气污染防治', '水污染防治']);
    const node = db.prepare("SELECT id FROM node WHERE kind = 'measure' LIMIT 1").get() as { id: number };
    // a link needs a real comment and node (foreign keys hold)
    expect(() => db.prepare('INSERT INTO comment_link (comment_id, node_id, linked_at) VALUES (999, ?, ?)').run(node.id, 'x')).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
