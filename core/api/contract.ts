// THE contract between the UI and core: channel name → zod input schema → output type.
// Pure: imported by the renderer and the Electron preload, so it imports nothing from Node.
// Each domain keeps its channels in channels/<domain>.ts; this file only joins them.
import type { z } from 'zod';
import { draftsChannels } from './channels/drafts.ts';
import { exportChannels } from './channels/export.ts';
import { planChannels } from './channels/plan.ts';
import { safetyChannels } from './channels/safety.ts';
import { editorChannels } from './channels/editor.ts';
import { consultChannels } from './channels/consult.ts';
import { reviewChannels } from './channels/review.ts';
import { importChannels } from './channels/import.ts';
import { folderChannels } from './channels/folders.ts';
import { yearChannels } from './channels/year.ts';
import { bulkEditChannels } from './channels/bulk-edits.ts';
import { changeLinkChannels } from './channels/change-links.ts';

export * from './channels/plan.ts';
export { ExportWhat } from './channels/export.ts';
export type { BackupView } from './channels/safety.ts';
export type * from './channels/consult.ts';
export type * from './channels/review.ts';
export type * from './channels/import.ts';
export type * from './channels/folders.ts';
export type * from './channels/year.ts';

export const contract = {
  ...planChannels,
  ...draftsChannels,
  ...editorChannels,
  ...exportChannels,
  ...safetyChannels,
  ...consultChannels,
  ...reviewChannels,
  ...importChannels,
  ...folderChannels,
  ...yearChannels,
  ...bulkEditChannels,
  ...changeLinkChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Contract[C]['output'];

/** What every host returns for a call: a value, or an error a person can read. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** The one interface the renderer talks to, whichever host serves it. */
export interface Api {
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
}

/** Channels that carry a whole file as base64: hosts allow them larger request bodies. */
export const UPLOAD_CHANNELS: ReadonlySet<string> = new Set(['import.plan', 'import.preview', 'import.commit', 'consult.importFeedback', 'consult.inspectFeedback', 'year.intake']);
export const BODY_LIMIT = 1024 * 1024;
export const UPLOAD_BODY_LIMIT = 48 * 1024 * 1024;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
