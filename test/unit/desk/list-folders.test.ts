// The browser host's folder picker: lists only folders (never files, never hidden ones), makes
// a new folder, refuses names that would escape the parent, and says plainly what went wrong.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderChannels } from '../../../core/api/channels/folders.ts';
import { createFolder, listFolders } from '../../../core/folders/list-folders.ts';

const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'qicao-folders-'));

describe('listFolders', () => {
  it("starts in the plan's folder and lists its sub-folders only, sorted", () => {
    const d = dir();
    fs.mkdirSync(path.join(d, '征求意见'));
    fs.mkdirSync(path.join(d, '2024'));
    fs.mkdirSync(path.join(d, '.cache'));
    fs.writeFileSync(path.join(d, '计划.qicao'), '');
    const l = listFolders(undefined, path.join(d, '计划.qicao'));
    expect(l.path).toBe(d);
    expect(l.folders).toEqual(['2024', '征求意见']);
    expect(l.parent).toBe(path.dirname(d));
    expect(l.places[0]).toEqual({ label: '计划文件所在文件夹', path: d });
  });
  it('says in Chinese when the folder is missing or is a file', () => {
    const d = dir();
    expect(() => listFolders(path.join(d, '没有'), null)).toThrow(/找不到文件夹/);
    fs.writeFileSync(path.join(d, 'a.txt'), '');
    expect(() => listFolders(path.join(d, 'a.txt'), null)).toThrow(/是文件，不是文件夹/);
  });
});

describe('createFolder', () => {
  it('makes the folder and refuses one that exists', () => {
    const d = dir();
    expect(createFolder(d, '第一轮材料')).toEqual({ path: path.join(d, '第一轮材料') });
    expect(fs.statSync(path.join(d, '第一轮材料')).isDirectory()).toBe(true);
    expect(() => createFolder(d, '第一轮材料')).toThrow(/已经存在/);
  });
  it('refuses names with separators or dots that would leave the parent', () => {
    const input = folderChannels['folders.create'].input;
    for (const name of ['../外面', 'a/b', 'a\\b', '..', '']) expect(input.safeParse({ parent: '/tmp', name }).success).toBe(false);
    expect(input.safeParse({ parent: '/tmp', name: '第一轮 材料' }).success).toBe(true);
  });
});

describe('writeInto', () => {
  it('writes the document under its own name and answers the full path; never replaces one unasked', async () => {
    const { writeInto } = await import('../../../core/folders/write-into.ts');
    const d = dir();
    const target = writeInto(d, '起草说明.docx', Buffer.from('第一版'));
    expect(target).toBe(path.join(d, '起草说明.docx'));
    expect(() => writeInto(d, '起草说明.docx', Buffer.from('第二版'))).toThrow(/文件已存在/);
    expect(fs.readFileSync(target, 'utf8')).toBe('第一版');
    writeInto(d, '起草说明.docx', Buffer.from('第二版'), true);
    expect(fs.readFileSync(target, 'utf8')).toBe('第二版');
    expect(() => writeInto(path.join(d, '没有'), 'a.docx', Buffer.from('x'))).toThrow(/找不到文件夹/);
  });
});
