import type { Command } from '../command.ts';
import { addCommand } from './add.ts';
import { commentsCommand } from './comments.ts';
import { feedbackCommand } from './feedback.ts';
import { roundCommand } from './round.ts';
import { checkCommand } from './check.ts';
import { compareCommand } from './compare.ts';
import { countsCommand } from './counts.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { newCommand } from './new.ts';
import { outlineCommand } from './outline.ts';
import { serveCommand } from './serve.ts';
import { snapshotCommand } from './snapshot.ts';
import { snapshotsCommand } from './snapshots.ts';

export const COMMANDS: Command[] = [newCommand, outlineCommand, countsCommand, addCommand, serveCommand, exportCommand, snapshotCommand, snapshotsCommand, compareCommand, importCommand, checkCommand, roundCommand, feedbackCommand, commentsCommand];
