// Every Word file — a plan document to import and a unit's returned feedback — is opened by one
// package reader and walked by one XML walker: what one of them reads, the other reads too, and
// what one refuses, the other refuses under the same limits.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseReturnedFile } from '../../../core/consult/intake/parse.ts';
import { readSource } from '../../../core/documents/import/index.ts';
import { documentXml, p } from '../import/make-docx.ts';

/** word/document.xml saved in UTF-16 little-endian with a byte order mark, as some writers do. */
function utf16Docx(xml: string): Uint8Array {
  const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml.replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le')]);
  return zipSync({ '[Content_Types].xml': new TextEncoder().encode('<?xml version="1.0"?><Types/>'), 'word/document.xml': body });
}

describe('one OOXML package reader', () => {
  it('imports a plan document whose main part is UTF-16, as the feedback reader always could', () => {
    const doc = readSource({ name: '计划.docx', bytes: utf16Docx(documentXml(p('一、大气污染防治') + p('（一）强化扬尘管控'))) });
    expect(doc.paragraphs).toContain('一、大气污染防治');
    expect(doc.paragraphs).toContain('（一）强化扬尘管控');
  });

  it('refuses the same 40 MB document part for import and for feedback (one part limit)', () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(40 * 1024 * 1024).fill(0x20) }, { level: 9 });
    expect(() => readSource({ name: '大.docx', bytes: bomb })).toThrow(/压缩炸弹/);
    expect(() => parseReturnedFile(bomb, '大.docx')).toThrow(/压缩炸弹/);
  });

  it('refuses an entity declaration in both, in each one’s own words', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "哈">]>${documentXml(p('&a;')).replace(/^<\?xml[^>]*\?>/, '')}`;
    const bytes = zipSync({ 'word/document.xml': new TextEncoder().encode(xml) });
    expect(() => readSource({ name: '实体.docx', bytes })).toThrow(/“实体.docx”的正文.*DOCTYPE/);
    expect(() => parseReturnedFile(bytes, '实体.docx')).toThrow(/无法读取“实体.docx”.*DOCTYPE\/ENTITY/);
  });
});
