import { describe, expect, it } from 'vitest';
import { balanceHistory, type BalanceLike } from './balance-history';

const b = (
  month: string,
  allocatedDays: number,
  carriedDays: number,
  usedDays: number,
  overageDays = 0,
  expiredDays = 0,
): BalanceLike => ({
  month,
  minutesPerDay: 480,
  allocatedMinutes: allocatedDays * 480,
  carriedInMinutes: carriedDays * 480,
  availableMinutes: (allocatedDays + carriedDays) * 480,
  usedMinutes: usedDays * 480,
  overageMinutes: overageDays * 480,
  expiredMinutes: expiredDays * 480,
});

describe('balanceHistory', () => {
  it('sums retainers per month, in days, with zeros for months without a balance', () => {
    // The product's worked example (CTO retainer) plus a second retainer from March.
    const cto = [
      b('2026-01', 4, 0, 3),
      b('2026-02', 4, 1, 2.5, 0, 0.5),
      b('2026-03', 4, 2, 1, 0, 3),
      b('2026-04', 2, 2, 5, 1),
    ];
    const caio = [b('2026-03', 1, 0, 0.5), b('2026-04', 1, 0.5, 1)];
    const rows = balanceHistory([cto, caio], ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04']);
    expect(rows[0]).toEqual({
      month: '2025-12',
      allocated: 0,
      carriedIn: 0,
      available: 0,
      used: 0,
      usedWithin: 0,
      overage: 0,
      expired: 0,
    });
    expect(rows[2]).toMatchObject({ allocated: 4, carriedIn: 1, used: 2.5, expired: 0.5 });
    expect(rows[3]).toMatchObject({ allocated: 5, carriedIn: 2, used: 1.5, expired: 3 });
    expect(rows[4]).toMatchObject({ allocated: 3, carriedIn: 2.5, available: 5.5, used: 6, usedWithin: 5, overage: 1 });
  });

  it('sums whole minutes across retainers and converts once, exactly half up', () => {
    // 100 + 107 minutes of a 6-hour day are 0.575 day: 0.58, where float division gave 0.57.
    const cto = { ...b('2026-05', 0, 0, 0), minutesPerDay: 360, usedMinutes: 100 };
    const caio = { ...b('2026-05', 0, 0, 0), minutesPerDay: 360, usedMinutes: 107 };
    expect(balanceHistory([[cto], [caio]], ['2026-05'])[0]).toMatchObject({ used: 0.58, usedWithin: 0.58 });
  });
});
