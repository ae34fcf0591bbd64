// The plan and its 起草说明 as the checker reads them: worded exactly as the Word exports word
// them (numbers from model/numbering, the （牵头单位：…） note, "主要目标：" …), with every piece
// that comes from an editable field mapped back to its node.
import { assignmentNote } from '../documents/export/assignment-note.ts';
import type { ExplanationDoc } from '../model/explanation.ts';
import { segmentText, UnresolvedBindingError } from '../model/resolve-binding.ts';
import { planBody, taskGroupsOf } from '../model/level-rules.ts';
import { numberLabel } from '../model/numbering.ts';
import type { Measure, Plan } from '../model/plan.ts';
import type { TextMap } from './text-map.ts';

export function addPlanText(map: TextMap, plan: Plan): void {
  map.begin().add(plan.title, { nodeId: null, field: 'title' }).end();
  const levels = plan.levels;
  planBody(plan).forEach((top, pi) => {
    map.begin().add(numberLabel('part', pi)).add(top.title, { nodeId: top.id, field: 'title' }).end();
    if (top.kind === 'section') {
      // a text section is exported as its heading and its paragraphs
      if (top.content.trim() !== '') map.begin().addLines(top.content, { nodeId: top.id, field: 'content' }).end();
      return;
    }
    const part = top;
    if (part.goals.trim() !== '') map.begin().add('主要目标：').addLines(part.goals, { nodeId: part.id, field: 'goals' }).end();
    if (part.content.trim() !== '') map.begin().add('主要内容：').addLines(part.content, { nodeId: part.id, field: 'content' }).end();
    taskGroupsOf(part).forEach(({ aspect, keyTasks }, ai) => {
      if (aspect)
        map
          .begin()
          .add(numberLabel('aspect', ai, levels))
          .add(aspect.title, { nodeId: aspect.id, field: 'title' })
          .end();
      keyTasks.forEach((task, ti) => {
        map
          .begin()
          .add(numberLabel('keyTask', ti, levels))
          .add(task.title, { nodeId: task.id, field: 'title' })
          .end();
        task.children.forEach((measure, mi) => {
          map
            .begin()
            .add(numberLabel('measure', mi, levels))
            .add(measure.title, { nodeId: measure.id, field: 'title' });
          addNote(map, measure);
          map.end();
        });
      });
    });
  });
}

/** The （牵头单位：…；完成时限：…） note, its 完成时限 mapped to the measure's deadline field (so a fix can reach it). */
function addNote(map: TextMap, measure: Measure): void {
  const note = assignmentNote(measure);
  const deadline = measure.deadline;
  const at = deadline.trim() === '' ? -1 : note.lastIndexOf(`完成时限：${deadline}`);
  if (at < 0) {
    map.add(note, { nodeId: measure.id, field: null });
    return;
  }
  const start = at + '完成时限：'.length;
  map
    .add(note.slice(0, start), { nodeId: measure.id, field: null })
    .add(deadline, { nodeId: measure.id, field: 'deadline' })
    .add(note.slice(start + deadline.length), { nodeId: measure.id, field: null });
}

/** Bound segments that show a node's own text map to that node; the rest is the explanation's text. */
const BOUND_FIELD = { partTitle: 'title', partGoals: 'goals', partContent: 'content' } as const;

export function addExplanationText(map: TextMap, plan: Plan, doc: ExplanationDoc): void {
  map.begin().add(doc.title, { nodeId: null, field: 'explanation', block: -1 }).end();
  doc.blocks.forEach((block, b) => {
    map.begin();
    let blockOffset = 0;
    for (const segment of block.segments) {
      let text: string;
      try {
        text = segmentText(plan, segment);
      } catch (e) {
        // A reference to something deleted: the editor reports it; the checker reads on.
        if (e instanceof UnresolvedBindingError) continue;
        throw e;
      }
      if ('text' in segment) {
        // Literal text is edited as the block's text, so its offsets are block offsets.
        map.addLines(text, { nodeId: null, field: 'explanation', block: b }, blockOffset);
      } else if (segment.bind.type in BOUND_FIELD && 'partId' in segment.bind) {
        map.addLines(text, { nodeId: segment.bind.partId, field: BOUND_FIELD[segment.bind.type as keyof typeof BOUND_FIELD] });
      } else {
        // Counts, names and numbers computed from the plan: not editable here.
        map.addLines(text, { nodeId: null, field: null, block: b });
      }
      blockOffset += text.length;
    }
    map.end();
  });
}
