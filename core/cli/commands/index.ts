import type { Command } from '../command.ts';
import { addCommand } from './add.ts';
import { countsCommand } from './counts.ts';
import { exportCommand } from './export.ts';
import { newCommand } from './new.ts';
import { outlineCommand } from './outline.ts';
import { serveCommand } from './serve.ts';

export const COMMANDS: Command[] = [newCommand, outlineCommand, countsCommand, addCommand, serveCommand, exportCommand];
