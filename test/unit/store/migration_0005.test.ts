import { describe, expect, it } from 'vitest';
import { upgradeSmallPlanFrom } from '../../helpers/migration.ts';

describe('migration 0005 (review dismissals)', () => {
  it('keeps one dismissal per rule and excerpt', () => {
    const db = upgradeSmallPlanFrom(4);
    db.prepare("INSERT INTO finding_dismissal (rule, excerpt, reason, created_at) VALUES ('typo', '比列为', '原文引用', 'now')").run();
    expect(() => db.prepare("INSERT INTO finding_dismissal (rule, excerpt, reason, created_at) VALUES ('typo', '比列为', 'x', 'now')").run()).toThrow(/UNIQUE/);
    db.close();
  });
});
