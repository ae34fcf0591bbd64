// The checked text of a plan file, built paragraph by paragraph with a note of which piece of
// each paragraph came from which editable field, so a finding can be traced back to the node
// (and offset) a fix must change.
import type { FindingField, FindingPlace } from '../model/check-result.ts';

export interface Span {
  start: number;
  end: number;
  nodeId: number | null;
  field: FindingField | null;
  /** Offset in the field of the span's first character. */
  fieldStart: number;
  block?: number;
}

export class TextMap {
  readonly paragraphs: string[] = [];
  readonly spans: Span[][] = [];
  private current: { text: string; spans: Span[] } | null = null;

  /** Starts a paragraph; pieces are added with `add`. */
  begin(): this {
    this.end();
    this.current = { text: '', spans: [] };
    return this;
  }

  add(text: string, place: Omit<Span, 'start' | 'end' | 'fieldStart'> | null = null, fieldStart = 0): this {
    const c = this.current ?? this.begin().current!;
    if (place && text !== '') c.spans.push({ start: c.text.length, end: c.text.length + text.length, fieldStart, ...place });
    c.text += text;
    return this;
  }

  /**
   * A field whose text may hold several lines ("one paragraph per line"): the first line joins the
   * open paragraph, each further line is a paragraph of its own, mapped to the same field.
   */
  addLines(text: string, place: Omit<Span, 'start' | 'end' | 'fieldStart'> | null, fieldStart = 0): this {
    let at = fieldStart;
    text.split('\n').forEach((line, k) => {
      if (k > 0) this.begin();
      this.add(line, place, at);
      at += line.length + 1;
    });
    return this;
  }

  end(): this {
    if (this.current) {
      this.paragraphs.push(this.current.text);
      this.spans.push(this.current.spans);
      this.current = null;
    }
    return this;
  }

  /** The place of [offset, offset+length) of a paragraph: inside one span, or only the node around it. */
  place(paragraph: number, offset: number, length: number): FindingPlace {
    const spans = this.spans[paragraph] ?? [];
    const hit = spans.find((s) => offset >= s.start && offset + length <= s.end);
    if (hit) {
      const place: FindingPlace = { nodeId: hit.nodeId, field: hit.field, fieldOffset: hit.field === null ? null : hit.fieldStart + offset - hit.start };
      if (hit.block !== undefined) place.block = hit.block;
      return place;
    }
    // Not inside one field (a number label, a note, or across two pieces): the paragraph's node, to jump to.
    const touching = spans.find((s) => offset < s.end && offset + length > s.start) ?? spans[0];
    const place: FindingPlace = { nodeId: touching?.nodeId ?? null, field: null, fieldOffset: null };
    if (touching?.block !== undefined) place.block = touching.block;
    return place;
  }
}
