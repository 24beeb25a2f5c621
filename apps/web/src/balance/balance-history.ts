// Sums retainers' monthly balances into one row per month, in days, for the client's history.
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

const days = (minutes: number, perDay: number) => (perDay > 0 ? Math.round((minutes / perDay) * 100) / 100 : 0);

/** One row per month in `months`, summing every retainer's balance for that month (zeros when none). */
export function balanceHistory(retainerBalances: BalanceLike[][], months: string[]): HistoryRow[] {
  return months.map((month) => {
    const rows = retainerBalances.flatMap((list) => list.filter((b) => b.month === month));
    const sum = (pick: (b: BalanceLike) => number) => rows.reduce((total, b) => total + pick(b), 0);
    const perDay = rows[0]?.minutesPerDay ?? 0;
    const used = sum((b) => b.usedMinutes);
    const overage = sum((b) => b.overageMinutes);
    return {
      month,
      allocated: days(sum((b) => b.allocatedMinutes), perDay),
      carriedIn: days(sum((b) => b.carriedInMinutes), perDay),
      available: days(sum((b) => b.availableMinutes), perDay),
      used: days(used, perDay),
      usedWithin: days(used - overage, perDay),
      overage: days(overage, perDay),
      expired: days(sum((b) => b.expiredMinutes), perDay),
    };
  });
}
