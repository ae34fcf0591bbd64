// 查找替换 over the plan's text (titles and measures, 完成时限, 主要目标/主要内容, the 起草说明's
// own text): every field holding the text is one row of a preview (where, before → after),
// and the rows the drafter keeps are written as one step (text-fields.ts).
import { QicaoError } from '../errors.ts';
import type { TextEditList } from '../model/text-edit.ts';
import type { Db } from './open.ts';
import { editRow, listTextFields } from './text-fields.ts';

/** Rows shown at most; the rest are counted, and the drafter narrows the search. */
export const FIND_ROWS_SHOWN = 1000;

export function findReplaceList(db: Db, find: string, replace: string): TextEditList & { hits: number } {
  if (find === '') throw new QicaoError('bad-input', '请输入要查找的文字。');
  if (find === replace) throw new QicaoError('bad-input', '替换为的文字与查找的文字相同，无需替换。');
  const rows = [];
  let hits = 0;
  let more = 0;
  for (const field of listTextFields(db)) {
    if (!field.text.includes(find)) continue;
    hits += field.text.split(find).length - 1;
    if (rows.length >= FIND_ROWS_SHOWN) {
      more++;
      continue;
    }
    rows.push(editRow(field, field.text.replaceAll(find, replace)));
  }
  return { rows, more, hits };
}
