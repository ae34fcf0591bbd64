import { compareDrafts } from '../../compare/drafts.ts';
import { exportDraftComparison } from '../../compare/export.ts';
import { restoreSnapshot } from '../../store/restore-snapshot.ts';
import { listSnapshots, takeSnapshot } from '../../store/snapshots.ts';
import { writeInto } from '../../folders/write-into.ts';
import type { draftsChannels } from '../channels/drafts.ts';
import type { HandlersOf } from './types.ts';

export const draftsHandlers: HandlersOf<typeof draftsChannels> = {
  'drafts.list': (s) => listSnapshots(s.plan),
  'drafts.take': (s, i) => takeSnapshot(s.plan, i.name),
  'drafts.restore': (s, i) => restoreSnapshot(s.plan, i.id),
  'drafts.compare': (s, i) => compareDrafts(s.plan, i.from, i.to),
  'drafts.compareFiles': async (_s, i) => {
    const { compareSources } = await import('../../compare/sources.ts');
    return compareSources(i.from, i.to);
  },
  'drafts.exportComparison': async (s, i) => {
    const file = await exportDraftComparison(s.plan, i.from, i.to);
    return { fileName: file.fileName, base64: file.data.toString('base64') };
  },
  'drafts.saveComparison': async (s, i) => {
    const file = await exportDraftComparison(s.plan, i.from, i.to);
    return { path: writeInto(i.outDir, file.fileName, file.data, i.overwrite) };
  },
};
