// File names the save dialogs propose, from the plan's title: "2024年大气污染防治行动计划（副本）.qicao"
// rather than a generic name, in the plan's own folder.
import path from 'node:path';

/** Characters no file system accepts in a name; a title may contain "/" (e.g. "2024/2025年"). */
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]+/g;

export function safeFileName(name: string, fallback = '行动计划'): string {
  const cleaned = name
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return (cleaned || fallback).slice(0, 120);
}

export interface OpenPlan {
  path: string;
  title: string;
  year: number | null;
}

/** The full path a save dialog starts at. */
export function proposeSavePath(purpose: 'create' | 'copy', plan: OpenPlan | null, suggestedName: string, documentsDir: string, now = new Date()): string {
  if (purpose === 'copy' && plan) {
    return path.join(path.dirname(plan.path), `${safeFileName(plan.title)}（副本）.qicao`);
  }
  const name = suggestedName.trim() ? safeFileName(suggestedName.replace(/\.qicao$/i, '')) : `${now.getFullYear()}年行动计划`;
  return path.join(plan ? path.dirname(plan.path) : documentsDir, `${name}.qicao`);
}
