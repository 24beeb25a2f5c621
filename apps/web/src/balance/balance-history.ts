// Sums retainers' monthly balances into one row per month, in days, for the client's history.
import { minutesToDays } from '@allot/domain';

export interface BalanceLike {
  month: string;
  minutesPerDay: number;
  allocatedMinutes: number;
  carriedInMinutes: number;
  availableMinutes: number;
  usedMinutes: number;
  overageMinutes: number;
  expiredMinutes: number;
}

export interface HistoryRow {
  month: string;
  allocated: number;
  carriedIn: number;
  available: number;
  used: number;
  usedWithin: number;
  overage: number;
  expired: number;
}

/**
 * One row per month in `months`, summing every retainer's balance for that month (zeros when none).
 * The sums are of whole minutes; each is turned into days once, by the domain.
 */
export function balanceHistory(retainerBalances: BalanceLike[][], months: string[]): HistoryRow[] {
  return months.map((month) => {
    const rows = retainerBalances.flatMap((list) => list.filter((b) => b.month === month));
    const sum = (pick: (b: BalanceLike) => number) => rows.reduce((total, b) => total + pick(b), 0);
    const perDay = rows[0]?.minutesPerDay;
    const days = (minutes: number) => (perDay === undefined ? 0 : minutesToDays(minutes, perDay));
    const used = sum((b) => b.usedMinutes);
    const overage = sum((b) => b.overageMinutes);
    return {
      month,
      allocated: days(sum((b) => b.allocatedMinutes)),
      carriedIn: days(sum((b) => b.carriedInMinutes)),
      available: days(sum((b) => b.availableMinutes)),
      used: days(used),
      usedWithin: days(used - overage),
      overage: days(overage),
      expired: days(sum((b) => b.expiredMinutes)),
    };
  });
}
