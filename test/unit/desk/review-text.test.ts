// The review view marks the words a comment concerns: the quote with its own context when the
// same words occur twice, the spot of an insertion, and the field (title or 主要内容) holding it.
import { describe, expect, it } from 'vitest';
import type { CommentView } from '../../../core/api/contract.ts';
import { fieldHolding, markComment } from '../../../renderer/src/consult/review-text.ts';

const comment = (c: Partial<CommentView>): CommentView => ({
  id: 1,
  roundId: 1,
  unit: '区交通局',
  kind: 'comment',
  quote: '',
  text: '',
  summary: '',
  reason: '',
  section: '',
  author: '',
  date: null,
  status: 'pending',
  reply: '',
  anchor: 'bookmark',
  target: { nodeId: 5, path: [] },
  context: null,
  edit: null,
  fileName: null,
  ...c,
});

describe('markComment', () => {
  it('marks the quoted words, the occurrence with the same context when they occur twice', () => {
    const text = '加强扬尘治理，倡导绿色生活方式；开展宣传，倡导绿色生活方式。';
    const c = comment({ kind: 'deletion', quote: '，倡导绿色生活方式', context: { before: '开展宣传', after: '。' } });
    const pieces = markComment(text, c);
    expect(pieces).toEqual([{ text: '加强扬尘治理，倡导绿色生活方式；开展宣传' }, { text: '，倡导绿色生活方式', mark: 'delete' }, { text: '。' }]);
  });
  it('puts an insertion between the words around it', () => {
    const c = comment({ kind: 'insertion', text: '全面', quote: '', context: { before: '推进', after: '新能源' } });
    expect(markComment('推进新能源车推广。', c)).toEqual([{ text: '推进' }, { insert: '全面' }, { text: '新能源车推广。' }]);
  });
  it('marks an accepted insertion where it went in, instead of inserting it again', () => {
    const c = comment({
      kind: 'insertion',
      text: '全面',
      quote: '',
      context: { before: '推进', after: '新能源' },
      edit: { before: '推进新能源车推广。', after: '推进全面新能源车推广。', appliedAt: '' },
    });
    expect(markComment('推进全面新能源车推广。', c)).toEqual([{ text: '推进' }, { text: '全面', mark: 'quote' }, { text: '新能源车推广。' }]);
  });
  it('leaves the text whole when the quote is not in it', () => {
    expect(markComment('建设充电桩200个。', comment({ quote: '公交专用道' }))).toEqual([{ text: '建设充电桩200个。' }]);
  });
});

describe('fieldHolding', () => {
  const fields = [
    { key: 'title', text: '倡导绿色生活方式' },
    { key: 'content', text: '同时加强餐饮油烟、噪声等污染防治，倡导绿色生活方式。四是……' },
  ];
  it('prefers the field holding the whole quoted context over one holding only the words', () => {
    const c = comment({ kind: 'deletion', quote: '，倡导绿色生活方式', context: { before: '噪声等污染防治', after: '。' } });
    expect(fieldHolding(fields, c)).toBe('content');
  });
  it('falls back to the title', () => {
    expect(fieldHolding(fields, comment({ quote: '不存在的话' }))).toBe('title');
  });
});
