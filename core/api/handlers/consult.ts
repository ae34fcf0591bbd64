import path from 'node:path';
import { exportAdoptionTableOf } from '../../consult/adoption.ts';
import { acceptChange } from '../../consult/apply-change.ts';
import { addTypedComment, deleteTypedComment, linkComment, listComments, markNoObjection, resolveComment } from '../../consult/comments.ts';
import { importFeedback, readFeedbackOffThread } from '../../consult/import-feedback.ts';
import { inspectFeedback } from '../../consult/inspect-feedback.ts';
import { parseOffThread } from '../../workers/off-thread.ts';
import { backupNow } from '../plan-safety.ts';
import { listRounds, pickRound, updateRound } from '../../consult/rounds.ts';
import { exportRoundPackage, sendNewRound } from '../../consult/send-round.ts';
import { consultationSummary, consultDashboard, pendingCount } from '../../consult/summary.ts';
import { QicaoError } from '../../errors.ts';
import { writeFileAtomic } from '../../fs/atomic-write.ts';
import type { consultChannels } from '../channels/consult.ts';
import type { HandlersOf } from './types.ts';

const ok = { ok: true } as const;

export const consultHandlers: HandlersOf<typeof consultChannels> = {
  'consult.rounds': (s) => listRounds(s.plan),
  'consult.sendRound': (s, { outDir, overwrite, ...round }) => sendNewRound(s.plan, round, outDir, { overwrite }),
  'consult.exportPackage': async (s, i) => ({ files: await exportRoundPackage(s.plan, i.roundId, i.outDir, { overwrite: i.overwrite }) }),
  'consult.dashboard': (s, i) => {
    const roundId = i.roundId ?? pickRound(s.plan);
    return roundId === null ? null : consultDashboard(s.plan, roundId);
  },
  'consult.summary': (s, i) => consultationSummary(s.plan, i.roundId),
  'consult.comments': (s, i) => listComments(s.plan, i),
  'consult.importFeedback': async (s, i) => {
    const file = { unit: i.unit, fileName: path.basename(i.fileName), bytes: Buffer.from(i.base64, 'base64'), round: i.roundId };
    // read and anchored off the main thread, with time and memory limits: the host keeps answering meanwhile
    const read = await readFeedbackOffThread(s.plan, file);
    // a returned file changes many rows at once: keep a copy of the plan from just before
    await backupNow(s, 'import');
    return importFeedback(s.plan, read);
  },
  'consult.inspectFeedback': async (s, i) => {
    const file = { fileName: path.basename(i.fileName), bytes: Buffer.from(i.base64, 'base64'), round: i.roundId };
    return inspectFeedback(s.plan, { ...file, clues: await parseOffThread({ kind: 'clues', fileName: file.fileName, bytes: file.bytes }) });
  },
  'consult.pending': (s) => pendingCount(s.plan),
  'consult.updateRound': (s, { id, ...edit }) => updateRound(s.plan, id, edit),
  'consult.addComment': (s, i) => addTypedComment(s.plan, i),
  'consult.deleteComment': (s, i) => (deleteTypedComment(s.plan, i.id), ok),
  'consult.resolve': (s, i) => resolveComment(s.plan, i.id, i.status, i.reply),
  'consult.acceptChange': (s, i) => acceptChange(s.plan, i.id, i.reply),
  'consult.link': (s, i) => linkComment(s.plan, i.id, i.nodeId),
  'consult.noObjection': (s, i) => (markNoObjection(s.plan, i), ok),
  'consult.exportAdoptionTable': async (s, i) => {
    if (path.extname(i.path).toLowerCase() !== '.docx') throw new QicaoError('bad-input', '意见采纳情况表须保存为 .docx 文件，请把文件名改为以 .docx 结尾。');
    writeFileAtomic(i.path, await exportAdoptionTableOf(s.plan, i.roundId), { overwrite: i.overwrite });
    return { path: path.resolve(i.path) };
  },
};
