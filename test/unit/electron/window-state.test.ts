import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { proposeSavePath, safeFileName } from '../../../electron/save-name.ts';
import { planFilesFromArgv } from '../../../electron/open-requests.ts';
import { readWindowState, restoreWindowState, WINDOW_STATE_FILE, writeWindowState } from '../../../electron/window-state.ts';
import { tempDir } from '../../helpers/plans.ts';

const laptop = [{ x: 0, y: 0, width: 1366, height: 728 }];
const twoScreens = [
  { x: 0, y: 0, width: 1920, height: 1040 },
  { x: -1280, y: 0, width: 1280, height: 984 }, // a second screen left of the main one
];

describe('the remembered window', () => {
  it('comes back where it was, also on a screen left of the main one', () => {
    expect(restoreWindowState({ x: -1200, y: 40, width: 1100, height: 800, maximized: false }, twoScreens)).toEqual({
      x: -1200,
      y: 40,
      width: 1100,
      height: 800,
      maximized: false,
    });
  });

  it('is centred and fits the display when its screen is gone', () => {
    expect(restoreWindowState({ x: -1200, y: 40, width: 1100, height: 1000, maximized: true }, laptop)).toEqual({ width: 1100, height: 728, maximized: true });
  });

  it('is moved wholly onto the display it mostly was on', () => {
    expect(restoreWindowState({ x: -1200, y: 40, width: 1600, height: 1000 }, laptop)).toEqual({ x: 0, y: 0, width: 1366, height: 728, maximized: false });
  });

  it('keeps its title bar reachable', () => {
    expect(restoreWindowState({ x: 100, y: -300, width: 1000, height: 700 }, laptop).y).toBe(0);
    expect(restoreWindowState({ x: 1300, y: 10, width: 1000, height: 700 }, laptop).x).toBeUndefined(); // only 66 px on screen
  });

  it('starts at the default size on first launch or from a damaged file', () => {
    const dir = tempDir('qicao-window-');
    expect(readWindowState(dir, twoScreens)).toEqual({ width: 1360, height: 860, maximized: false });
    fs.writeFileSync(path.join(dir, WINDOW_STATE_FILE), '{"x": "left"');
    expect(readWindowState(dir, twoScreens)).toEqual({ width: 1360, height: 860, maximized: false });
    writeWindowState(dir, { x: 10, y: 20, width: 900, height: 600 }, false);
    expect(readWindowState(dir, twoScreens)).toEqual({ x: 10, y: 20, width: 900, height: 600, maximized: false });
  });
});

describe('names the desktop proposes and accepts', () => {
  it('names a copy after the plan title, without characters a file system refuses', () => {
    expect(safeFileName('2024/2025年“蓝天”行动计划：征求意见稿')).toBe('2024-2025年“蓝天”行动计划：征求意见稿'); // full-width colon is fine;
    expect(safeFileName('  ...  ')).toBe('行动计划');
    const plan = { path: path.join('/home/张三/计划', '工作稿.qicao'), title: '2024年行动计划', year: 2024 };
    expect(proposeSavePath('copy', plan, '行动计划（副本）.qicao', '/home/张三/文档')).toBe(path.join('/home/张三/计划', '2024年行动计划（副本）.qicao'));
    expect(proposeSavePath('create', null, '', '/home/张三/文档', new Date('2025-03-01'))).toBe(path.join('/home/张三/文档', '2025年行动计划.qicao'));
  });

  it('takes only .qicao files from a command line', () => {
    expect(planFilesFromArgv(['/usr/bin/qicao', '--enable-features=X', 'a.qicao', 'notes.txt', '/abs/B.QICAO'], '/work')).toEqual([path.resolve('/work/a.qicao'), '/abs/B.QICAO']);
  });
});
