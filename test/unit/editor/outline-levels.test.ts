// The outline's placement rules under a three-level scheme with text sections.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { createPlanFile } from '../../../core/store/open.ts';
import { readLevelScheme } from '../../../core/store/level-scheme.ts';
import { readOutline } from '../../../core/store/outline.ts';
import { dropWhere, numberPath, placementFor } from '../../../renderer/src/outline/tree-model.ts';
import { threeLevelPlan } from '../../fixtures/three-level-plan.ts';
import { tempDir } from '../../helpers/plans.ts';

describe('the outline of a three-level plan', () => {
  const db = createPlanFile(path.join(tempDir(), 'three.qicao'), (d) => fillPlan(d, PlanSpec.parse(threeLevelPlan)));
  const o = readOutline(db);
  const levels = readLevelScheme(db);
  db.close();
  const [intro, air, water, safeguards] = o;
  const task = air.children[0];
  const measure = task.children[0];

  it('numbers key tasks （一） and measures 1. under 二、, the sections in the same 一、 sequence', () => {
    expect(numberPath(o, measure.id, levels)).toBe('二、（一）1.');
    expect(numberPath(o, safeguards.id, levels)).toBe('四、');
  });

  it('adds a key task under the selected part, a section after the selected top node, never an aspect', () => {
    expect(placementFor(o, air.id, 'keyTask', levels)).toEqual({ parentId: air.id, index: 2 });
    expect(placementFor(o, measure.id, 'keyTask', levels)).toEqual({ parentId: air.id, index: 1 });
    expect(placementFor(o, measure.id, 'section', levels)).toEqual({ parentId: null, index: 2 });
    expect(placementFor(o, null, 'section', levels)).toEqual({ parentId: null, index: 4 });
    expect(placementFor(o, air.id, 'aspect', levels)).toBeNull();
    expect(placementFor(o, intro.id, 'measure', levels)).toBeNull();
  });

  it('drops a key task into a part, a part beside a section, nothing into a section', () => {
    expect(dropWhere(task, water, 0.5, levels)).toBe('inside');
    expect(dropWhere(air, safeguards, 0.8, levels)).toBe('after');
    expect(dropWhere(task, intro, 0.5, levels)).toBeNull();
    expect(dropWhere(measure, intro, 0.5, levels)).toBeNull();
  });
});
