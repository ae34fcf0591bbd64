// The plan a host has open. One per host process; hosts are thin and keep no other state,
// apart from the list of recently opened files, kept in the app's data folder.
import fs from 'node:fs';
import path from 'node:path';
import { QicaoError } from '../errors.ts';
import { createTemp, existsMessage, ioReason, occupied, placeTemp, writeFileAtomic } from '../fs/atomic-write.ts';
import { createPlanFile, openPlanFile, type Db } from '../store/open.ts';
import { writePlanInfo } from '../store/plan-meta.ts';
import { readPlanInfo } from '../store/read-plan.ts';
import { installUndo } from '../store/undo.ts';
import { createSamplePlan } from '../../seeds/sample.ts';
import type { PlanView } from './contract.ts';
import type { RecentFile } from './channels/editor.ts';

export const SAMPLE_FILE_NAME = '示例行动计划.qicao';
const RECENT_FILE_NAME = 'recent.json';
const RECENT_KEPT = 12;

export class Session {
  private db: Db | null = null;
  private file: string | null = null;

  /** `remember`: list opened plans among the recent files (the window does; the CLI does not). */
  constructor(
    readonly dataDir: string,
    private readonly remember = true,
  ) {}

  get plan(): Db {
    if (!this.db) throw new QicaoError('not-found', '尚未打开计划文件，请先打开或新建一个计划。');
    return this.db;
  }

  view(): PlanView | null {
    if (!this.db || !this.file) return null;
    return { path: this.file, ...readPlanInfo(this.db) };
  }

  open(file: string): PlanView {
    // the plan file is held exclusively while open: reopening it would meet our own lock
    if (this.db && this.file === path.resolve(file)) return this.view()!;
    const db = openPlanFile(path.resolve(file));
    this.replace(db, path.resolve(file));
    return this.view()!;
  }

  create(file: string, sample: boolean): PlanView {
    const full = path.resolve(file);
    const title = path.basename(full).replace(/\.qicao$/i, '') || '未命名行动计划';
    const year = Number(title.match(/(20\d\d)年/)?.[1]) || new Date().getFullYear();
    // an empty plan is named after its file, so the window and the exports have a title at once
    const db = sample ? createSamplePlan(full) : createPlanFile(full, (d) => writePlanInfo(d, { title, year, isSample: false }));
    this.replace(db, full);
    return this.view()!;
  }

  /** The sample lives in the app's data folder; it is made on first use and reopened after that. */
  openSample(): PlanView {
    fs.mkdirSync(this.dataDir, { recursive: true });
    const file = path.join(this.dataDir, SAMPLE_FILE_NAME);
    return fs.existsSync(file) ? this.open(file) : this.create(file, true);
  }

  /**
   * A consistent copy of the open plan (SQLite's online backup), written beside the target
   * under a temporary name and renamed into place: never a half-written file.
   */
  async saveCopy(target: string): Promise<string> {
    const db = this.plan;
    const full = path.resolve(target.endsWith('.qicao') ? target : `${target}.qicao`);
    if (full === this.file) throw new QicaoError('exists', '副本不能保存为正在编辑的文件本身，请换一个文件名。');
    if (occupied(full)) throw new QicaoError('exists', existsMessage(full));
    const dir = path.dirname(full);
    if (!fs.existsSync(dir)) throw new QicaoError('not-found', `文件夹“${dir}”不存在，请先创建它。`);
    let temp: string | null = null;
    try {
      // an empty file of our own (random name, made exclusively, not through a link) that the
      // backup then fills; the copy takes its name only if nothing is there by then
      const made = createTemp(full);
      temp = made.temp;
      fs.closeSync(made.fd);
      await db.backup(temp);
      placeTemp(temp, full);
    } catch (e) {
      if (temp) for (const f of [temp, `${temp}-wal`, `${temp}-shm`, `${temp}-journal`]) fs.rmSync(f, { force: true });
      if (e instanceof QicaoError) throw e;
      throw new QicaoError('io', `无法保存副本到“${full}”（${ioReason(e)}），请检查文件夹是否可写。`);
    }
    return full;
  }

  recent(): RecentFile[] {
    return this.readRecent().map((r) => ({ ...r, exists: fs.existsSync(r.path) }));
  }

  forgetRecent(file: string): void {
    this.writeRecent(this.readRecent().filter((r) => r.path !== file));
  }

  close(): void {
    this.db?.close();
    this.db = null;
    this.file = null;
  }

  private replace(db: Db, file: string): void {
    this.close();
    installUndo(db);
    this.db = db;
    this.file = file;
    if (!this.remember) return;
    const { title } = readPlanInfo(db);
    this.writeRecent([{ path: file, title, openedAt: new Date().toISOString() }, ...this.readRecent().filter((r) => r.path !== file)]);
  }

  private readRecent(): Omit<RecentFile, 'exists'>[] {
    try {
      const list = JSON.parse(fs.readFileSync(path.join(this.dataDir, RECENT_FILE_NAME), 'utf8')) as unknown;
      if (!Array.isArray(list)) return [];
      return list.filter((r): r is Omit<RecentFile, 'exists'> => typeof r?.path === 'string' && typeof r?.title === 'string' && typeof r?.openedAt === 'string');
    } catch {
      return []; // no list yet, or an unreadable one: start afresh rather than refuse to open
    }
  }

  private writeRecent(list: Omit<RecentFile, 'exists'>[]): void {
    try {
      fs.mkdirSync(this.dataDir, { recursive: true });
      writeFileAtomic(path.join(this.dataDir, RECENT_FILE_NAME), JSON.stringify(list.slice(0, RECENT_KEPT), null, 2), { overwrite: true });
    } catch {
      // the recent list is a convenience: failing to write it must not stop the plan opening
    }
  }
}
