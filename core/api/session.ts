// The plan a host has open. One per host process; hosts are thin and keep no other state.
import path from 'node:path';
import fs from 'node:fs';
import { QicaoError } from '../errors.ts';
import { createPlanFile, openPlanFile, type Db } from '../store/open.ts';
import { readPlanInfo } from '../store/read-plan.ts';
import { createSamplePlan } from '../../seeds/sample.ts';
import type { PlanView } from './contract.ts';

export const SAMPLE_FILE_NAME = '示例行动计划.qicao';

export class Session {
  private db: Db | null = null;
  private file: string | null = null;

  constructor(readonly dataDir: string) {}

  get plan(): Db {
    if (!this.db) throw new QicaoError('not-found', '尚未打开计划文件，请先打开或新建一个计划。');
    return this.db;
  }

  view(): PlanView | null {
    if (!this.db || !this.file) return null;
    return { path: this.file, ...readPlanInfo(this.db) };
  }

  open(file: string): PlanView {
    const db = openPlanFile(path.resolve(file));
    this.replace(db, path.resolve(file));
    return this.view()!;
  }

  create(file: string, sample: boolean): PlanView {
    const full = path.resolve(file);
    const db = sample ? createSamplePlan(full) : createPlanFile(full);
    this.replace(db, full);
    return this.view()!;
  }

  /** The sample lives in the app's data folder; it is made on first use and reopened after that. */
  openSample(): PlanView {
    fs.mkdirSync(this.dataDir, { recursive: true });
    const file = path.join(this.dataDir, SAMPLE_FILE_NAME);
    return fs.existsSync(file) ? this.open(file) : this.create(file, true);
  }

  close(): void {
    this.db?.close();
    this.db = null;
    this.file = null;
  }

  private replace(db: Db, file: string): void {
    this.close();
    this.db = db;
    this.file = file;
  }
}
