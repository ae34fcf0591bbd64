// The plan as last read, for the bound tokens: each token resolves its value from it, so a
// change in the plan (an indicator's target, a new measure) shows in the 起草说明 at once.
import { createContext } from 'react';
import type { Plan } from '../../../core/model/plan.ts';

export const PlanContext = createContext<Plan | null>(null);

/** The same plan for code outside React (a token's text when copied). */
export const currentPlan: { plan: Plan | null } = { plan: null };
