// The in-page folder picker's view of the disk: one folder's sub-folders, and making a new one.
// Only names of folders are read; files are never listed or opened here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FolderListing } from '../model/views.ts';
import { QicaoError } from '../errors.ts';

export function listFolders(requested: string | undefined, planFile: string | null): FolderListing {
  const planDir = planFile ? path.dirname(planFile) : null;
  const target = path.resolve(requested?.trim() || planDir || os.homedir());
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(target, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new QicaoError('not-found', `找不到文件夹“${target}”，请检查路径或从上级文件夹重新选择。`);
    if (code === 'ENOTDIR') throw new QicaoError('bad-input', `“${target}”是文件，不是文件夹。`);
    throw new QicaoError('io', `无法打开文件夹“${target}”（没有权限或无法读取）。`);
  }
  const folders = entries
    .filter((d) => !d.name.startsWith('.') && (d.isDirectory() || (d.isSymbolicLink() && isDir(path.join(target, d.name)))))
    .map((d) => d.name)
    .sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const parent = path.dirname(target);
  const places = [
    ...(planDir ? [{ label: '计划文件所在文件夹', path: planDir }] : []),
    { label: '主文件夹', path: os.homedir() },
    { label: process.platform === 'win32' ? path.parse(target).root : '根目录', path: path.parse(target).root },
  ];
  return { path: target, parent: parent === target ? null : parent, folders, places };
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function createFolder(parent: string, name: string): { path: string } {
  const dir = path.resolve(parent);
  if (!isDir(dir)) throw new QicaoError('not-found', `找不到文件夹“${dir}”。`);
  const full = path.join(dir, name);
  try {
    fs.mkdirSync(full);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new QicaoError('exists', `“${name}”已经存在，请换一个名称，或直接选择它。`);
    throw new QicaoError('io', `无法新建文件夹“${full}”（没有权限或磁盘已满）。`);
  }
  return { path: full };
}
