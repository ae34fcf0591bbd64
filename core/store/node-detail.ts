import type { NodeDetail } from '../model/views.ts';
import { getNodeRow } from './nodes.ts';
import type { Db } from './open.ts';

export function readNodeDetail(db: Db, id: number): NodeDetail {
  const row = getNodeRow(db, id);
  const base: NodeDetail = { id: row.id, kind: row.kind, title: row.title, parentId: row.parent_id };
  if (row.kind === 'part') {
    const r = db.prepare('SELECT goals, content FROM node WHERE id = ?').get(id) as { goals: string; content: string };
    return { ...base, goals: r.goals, content: r.content };
  }
  if (row.kind === 'section') {
    const r = db.prepare('SELECT content FROM node WHERE id = ?').get(id) as { content: string | null };
    return { ...base, content: r.content ?? '' };
  }
  if (row.kind !== 'measure') return base;
  const units = db.prepare('SELECT u.name, mu.role FROM measure_unit mu JOIN unit u ON u.id = mu.unit_id WHERE mu.measure_id = ? ORDER BY mu.role, mu.position').all(id) as {
    name: string;
    role: string;
  }[];
  const deadline = (db.prepare('SELECT deadline FROM node WHERE id = ?').get(id) as { deadline: string | null }).deadline ?? '';
  const indicatorIds = (
    db.prepare('SELECT indicator_id FROM measure_indicator WHERE measure_id = ? ORDER BY indicator_id').all(id) as {
      indicator_id: number;
    }[]
  ).map((r) => r.indicator_id);
  return {
    ...base,
    leadUnits: units.filter((u) => u.role === 'lead').map((u) => u.name),
    supportUnits: units.filter((u) => u.role === 'support').map((u) => u.name),
    deadline,
    indicatorIds,
  };
}
