// Makes a snapshot the current draft again, in ONE transaction (so it is one undo step, and a
// failure changes nothing). The current draft is kept first as a 'before-restore' snapshot:
// restoring that one undoes the restore.
//
// Nodes keep their ids: a node present in both is updated in place (its comments stay linked),
// a node missing now is inserted again under its old id (AUTOINCREMENT never hands an id out
// twice, so the old id is still free), a node the snapshot does not have is deleted.
import { QicaoError } from '../errors.ts';
import { measuresOf, planBody } from '../model/level-rules.ts';
import type { Aspect, KeyTask, Measure, Part, Plan, Section, Unit } from '../model/plan.ts';
import { writeLevelScheme } from './level-scheme.ts';
import { KIND_SQL } from './nodes.ts';
import type { Db } from './open.ts';
import { writePlanInfo } from './plan-meta.ts';
import { readSnapshot, takeSnapshot, type SnapshotInfo } from './snapshots.ts';
import { sql } from './statements.ts';
import { labelStep } from './undo.ts';
import { unitIdFor } from './units.ts';

export interface RestoreResult {
  restored: SnapshotInfo;
  /** the current draft as it was before the restore; restore it to undo */
  backup: SnapshotInfo;
}

type AnyNode = Part | Section | Aspect | KeyTask | Measure;

/** "恢复“征求意见稿”前（2024年3月1日 14:05:09）" in local time, unique even for two restores in one second. */
function backupName(db: Db, restoring: string): string {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
  const base = `恢复“${restoring}”前（${stamp}）`;
  let name = base;
  for (let i = 2; sql(db, 'SELECT 1 FROM snapshot WHERE name = ?').get(name); i++) name = `${base}（${i}）`;
  return name;
}

export function restoreSnapshot(db: Db, id: number): RestoreResult {
  return db.transaction(() => {
    const snapshot = readSnapshot(db, id);
    // the whole restore is one undo step, named so the 撤销 button says what it takes back
    labelStep(db, `恢复稿件“${snapshot.name}”`);
    const backup = takeSnapshot(db, backupName(db, snapshot.name), 'before-restore');
    writePlan(db, snapshot.plan);
    writeExplanation(db, snapshot.explanation);
    const { plan: _plan, explanation: _explanation, ...restored } = snapshot;
    return { restored, backup };
  })();
}

function writeExplanation(db: Db, explanation: unknown | null): void {
  if (explanation === null) {
    sql(db, 'DELETE FROM explanation WHERE id = 1').run();
    return;
  }
  sql(
    db,
    `INSERT INTO explanation (id, doc_json, updated_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET doc_json = excluded.doc_json, updated_at = excluded.updated_at`,
  ).run(JSON.stringify(explanation), new Date().toISOString());
}

/** Rewrites the live plan tables to hold `plan`, inside the caller's transaction. */
function writePlan(db: Db, plan: Plan): void {
  writePlanInfo(db, { title: plan.title, year: plan.year, isSample: plan.isSample });
  writeUnits(db, plan.units);
  // the scheme first: the tree triggers check each placed node against it
  writeLevelScheme(db, plan.levels);

  const wanted = new Set<number>();
  const visit = (n: AnyNode, parentId: number | null, partId: number | null, position: number) => {
    wanted.add(n.id);
    placeNode(db, n, parentId, partId, position);
    if (n.kind !== 'measure' && n.kind !== 'section') (n.children as AnyNode[]).forEach((c, i) => visit(c, n.id, partId ?? n.id, i));
  };
  // Parents are placed before their children, so every parent a node is moved under exists.
  planBody(plan).forEach((p, i) => visit(p, null, null, i));

  // Only now delete what the snapshot lacks: every node it keeps has left those subtrees already.
  const current = sql(db, 'SELECT id, parent_id FROM node').all() as { id: number; parent_id: number | null }[];
  const extra = new Set(current.filter((r) => !wanted.has(r.id)).map((r) => r.id));
  for (const r of current) {
    // deleting the topmost extra node takes its extra descendants with it (ON DELETE CASCADE)
    if (extra.has(r.id) && (r.parent_id === null || !extra.has(r.parent_id))) sql(db, 'DELETE FROM node WHERE id = ?').run(r.id);
  }

  writeIndicators(db, plan.parts);
  for (const part of plan.parts) for (const m of measuresOf(part)) writeMeasureLinks(db, m);
}

function placeNode(db: Db, n: AnyNode, parentId: number | null, partId: number | null, position: number): void {
  const goals = n.kind === 'part' ? n.goals : null;
  const content = n.kind === 'part' || n.kind === 'section' ? n.content : null;
  const deadline = n.kind === 'measure' ? n.deadline : null;
  const existing = sql(db, `SELECT ${KIND_SQL} AS kind FROM node WHERE id = ?`).get(n.id) as { kind: string } | undefined;
  if (existing && existing.kind !== n.kind) {
    throw new QicaoError('corrupt', `稿件中的节点 ${n.id} 与当前计划中的同号节点类型不同，无法恢复；当前稿未作任何修改。`);
  }
  if (existing) {
    // Only what differs is written: an unchanged node stays out of the undo log.
    sql(
      db,
      `UPDATE node SET parent_id = ?, part_id = ?, position = ?, title = ?, goals = ?, content = ?, deadline = ?
       WHERE id = ? AND (parent_id IS NOT ? OR part_id IS NOT ? OR position IS NOT ? OR title IS NOT ?
         OR goals IS NOT ? OR content IS NOT ? OR deadline IS NOT ?)`,
    ).run(parentId, partId, position, n.title, goals, content, deadline, n.id, parentId, partId, position, n.title, goals, content, deadline);
  } else {
    sql(db, 'INSERT INTO node (id, kind, section, parent_id, part_id, position, title, goals, content, deadline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      n.id,
      n.kind === 'section' ? 'part' : n.kind,
      n.kind === 'section' ? 1 : 0,
      parentId,
      partId,
      position,
      n.title,
      goals,
      content,
      deadline,
    );
  }
}

/**
 * Units are restored by id, but none is deleted: rounds and comments refer to units, and a unit
 * added since the snapshot is still a unit of the district. A name another unit holds now is left.
 */
function writeUnits(db: Db, units: Unit[]): void {
  for (const u of units) {
    const holder = sql(db, 'SELECT id FROM unit WHERE name = ?').get(u.name) as { id: number } | undefined;
    const exists = sql(db, 'SELECT 1 FROM unit WHERE id = ?').get(u.id);
    if (exists && (!holder || holder.id === u.id)) {
      sql(db, 'UPDATE unit SET name = ?, kind = ?, contact = ?, phone = ? WHERE id = ?').run(u.name, u.kind, u.contact, u.phone, u.id);
    } else if (!exists && !holder) {
      sql(db, 'INSERT INTO unit (id, name, kind, contact, phone) VALUES (?, ?, ?, ?, ?)').run(u.id, u.name, u.kind, u.contact, u.phone);
    } else if (holder) {
      sql(db, 'UPDATE unit SET kind = ?, contact = ?, phone = ? WHERE id = ?').run(u.kind, u.contact, u.phone, holder.id);
    }
  }
}

function writeIndicators(db: Db, parts: Part[]): void {
  const wanted = new Set(parts.flatMap((p) => p.indicators.map((i) => i.id)));
  for (const row of sql(db, 'SELECT id FROM indicator').all() as { id: number }[]) {
    if (!wanted.has(row.id)) sql(db, 'DELETE FROM indicator WHERE id = ?').run(row.id);
  }
  for (const part of parts) {
    part.indicators.forEach((ind, position) => {
      sql(
        db,
        `INSERT INTO indicator (id, part_id, position, name, unit, baseline_year, baseline_value, comparator, target)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET part_id = excluded.part_id, position = excluded.position, name = excluded.name,
           unit = excluded.unit, baseline_year = excluded.baseline_year, baseline_value = excluded.baseline_value,
           comparator = excluded.comparator, target = excluded.target`,
      ).run(ind.id, part.id, position, ind.name, ind.unit, ind.baselineYear, ind.baselineValue, ind.comparator, ind.target);
    });
  }
}

/** A measure's units and indicator links, rewritten only when they differ from the snapshot's. */
function writeMeasureLinks(db: Db, m: Measure): void {
  const units = sql(db, 'SELECT u.name, mu.role FROM measure_unit mu JOIN unit u ON u.id = mu.unit_id WHERE mu.measure_id = ? ORDER BY mu.role, mu.position').all(m.id) as {
    name: string;
    role: 'lead' | 'support';
  }[];
  const lead = units.filter((u) => u.role === 'lead').map((u) => u.name);
  const support = units.filter((u) => u.role === 'support').map((u) => u.name);
  if (lead.join('\n') !== m.leadUnits.join('\n') || support.join('\n') !== m.supportUnits.join('\n')) {
    sql(db, 'DELETE FROM measure_unit WHERE measure_id = ?').run(m.id);
    const put = sql(db, 'INSERT OR IGNORE INTO measure_unit (measure_id, unit_id, role, position) VALUES (?, ?, ?, ?)');
    m.leadUnits.forEach((name, i) => put.run(m.id, unitIdFor(db, name), 'lead', i));
    m.supportUnits.forEach((name, i) => put.run(m.id, unitIdFor(db, name), 'support', i));
  }
  const links = (sql(db, 'SELECT indicator_id FROM measure_indicator WHERE measure_id = ? ORDER BY indicator_id').all(m.id) as { indicator_id: number }[]).map(
    (r) => r.indicator_id,
  );
  const want = [...m.indicatorIds].sort((a, b) => a - b);
  if (links.join(',') !== want.join(',')) {
    sql(db, 'DELETE FROM measure_indicator WHERE measure_id = ?').run(m.id);
    const link = sql(db, 'INSERT OR IGNORE INTO measure_indicator (measure_id, indicator_id) VALUES (?, ?)');
    for (const indicatorId of want) link.run(m.id, indicatorId);
  }
}
