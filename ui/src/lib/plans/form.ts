// Plan form state that is not markup: defaults for a new plan, and turning a plan back into input.
import type { Plan, PlanInput } from '../api';
import { addMonths, formatYmd, todayYmd } from '../dates';

/** A new plan starts today and runs nine months: the middle of the 6–12 month range. */
export function blankPlanInput(today = todayYmd()): PlanInput {
  return {
    title: '',
    goal: '',
    startDate: formatYmd(today),
    endDate: formatYmd(addMonths(today, 9)),
    currentLevel: '',
    targetLevel: '',
    track: 'ic',
    status: 'active',
  };
}

export function inputOf(plan: Plan): PlanInput {
  return {
    title: plan.title,
    goal: plan.goal,
    startDate: plan.startDate,
    endDate: plan.endDate,
    currentLevel: plan.currentLevel,
    targetLevel: plan.targetLevel,
    track: plan.track,
    status: plan.status,
  };
}
