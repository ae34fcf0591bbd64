import { describe, expect, it } from 'vitest';
import { upgradeSmallPlanFrom } from '../../helpers/migration.ts';

describe('migration 0003 (drafts)', () => {
  it('adds immutable snapshots and the explanation to a schema-2 plan', () => {
    const db = upgradeSmallPlanFrom(2);
    db.prepare("INSERT INTO snapshot (name, created_at, plan_json) VALUES ('征求意见稿', '2024-02-20', '{}')").run();
    expect(() => db.prepare('UPDATE snapshot SET plan_json = \'{"x":1}\'').run()).toThrow(/immutable/);
    db.prepare("INSERT INTO explanation (id, doc_json, updated_at) VALUES (1, '{}', '2024-02-20')").run();
    expect(() => db.prepare("INSERT INTO explanation (id, doc_json, updated_at) VALUES (2, '{}', 'x')").run()).toThrow();
    db.close();
  });
});
