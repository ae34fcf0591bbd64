import type { Command } from '../command.ts';

// Each command is loaded only when it is called: `qicao counts` must not parse the Word and
// Excel writers first (start-up time is most of a short command's run). Order = the usage list.
// `serve` starts the browser host, so the host layer adds it (http-host/qicao-cli.ts).
export const COMMAND_LOADERS: Record<string, () => Promise<Command>> = {
  new: () => import('./new.ts').then((m) => m.newCommand),
  outline: () => import('./outline.ts').then((m) => m.outlineCommand),
  counts: () => import('./counts.ts').then((m) => m.countsCommand),
  add: () => import('./add.ts').then((m) => m.addCommand),
  export: () => import('./export.ts').then((m) => m.exportCommand),
  snapshot: () => import('./snapshot.ts').then((m) => m.snapshotCommand),
  snapshots: () => import('./snapshots.ts').then((m) => m.snapshotsCommand),
  compare: () => import('./compare.ts').then((m) => m.compareCommand),
  import: () => import('./import.ts').then((m) => m.importCommand),
  check: () => import('./check.ts').then((m) => m.checkCommand),
  round: () => import('./round.ts').then((m) => m.roundCommand),
  feedback: () => import('./feedback.ts').then((m) => m.feedbackCommand),
  comments: () => import('./comments.ts').then((m) => m.commentsCommand),
  issue: () => import('./issue.ts').then((m) => m.issueCommand),
  progress: () => import('./progress.ts').then((m) => m.progressCommand),
  'progress-intake': () => import('./progress-intake.ts').then((m) => m.progressIntakeCommand),
  ledger: () => import('./ledger.ts').then((m) => m.ledgerCommand),
  'next-year': () => import('./next-year.ts').then((m) => m.nextYearCommand),
  'roll-forward': () => import('./roll-forward.ts').then((m) => m.rollForwardCommand),
  replace: () => import('./replace.ts').then((m) => m.replaceCommand),
};
