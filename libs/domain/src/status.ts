// Rules 7 and 8 of docs/rules.md: the projected use of a month and its status. Shared by a
// retainer's balance and a client's summed balance, so both are judged the same way.

import { divRoundHalfUp } from './integer-math.js';
import type { IsoDate } from './dates.js';
import type { Month } from './months.js';
import { workingDaysElapsed, workingDaysInMonth } from './working-days.js';

export type BalanceStatus = 'UNDER_USED' | 'ON_TRACK' | 'AT_RISK' | 'OVER';

/** Below this many working days left, a month's pace is judged as if it were over. */
export const LATE_IN_MONTH_WORKING_DAYS = 5;

/** Rule 7: the current month's use extrapolated over its working days; other months' actual use. */
export function projectUsedMinutes(month: Month, usedMinutes: number, today: IsoDate): number {
  if (month !== today.slice(0, 7)) return usedMinutes;
  const elapsed = workingDaysElapsed(month, today);
  // Before the first working day has passed there is no pace to extrapolate.
  if (elapsed === 0) return usedMinutes;
  return divRoundHalfUp(usedMinutes * workingDaysInMonth(month), elapsed);
}

export interface StatusFigures {
  readonly month: Month;
  readonly usedMinutes: number;
  readonly availableMinutes: number;
  readonly projectedUsedMinutes: number;
}

/** Rule 8. `today` is the workspace's date, which decides what is past and what is current. */
export function balanceStatus(figures: StatusFigures, today: IsoDate): BalanceStatus {
  const { month, usedMinutes, availableMinutes, projectedUsedMinutes } = figures;
  if (usedMinutes > availableMinutes) return 'OVER';
  if (projectedUsedMinutes > availableMinutes) return 'AT_RISK';
  const underHalf = 2 * projectedUsedMinutes < availableMinutes;
  return underHalf && isLateOrPast(month, today) ? 'UNDER_USED' : 'ON_TRACK';
}

/** The month is over, or fewer than 5 of its working days remain after today. */
function isLateOrPast(month: Month, today: IsoDate): boolean {
  if (month < today.slice(0, 7)) return true;
  const remaining = workingDaysInMonth(month) - workingDaysElapsed(month, today);
  return remaining < LATE_IN_MONTH_WORKING_DAYS;
}
