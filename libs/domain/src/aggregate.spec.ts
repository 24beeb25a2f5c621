import { computeCapacity, sumBalances } from './aggregate.js';
import { computeBalances, type MonthBalance } from './balance.js';
import { DomainError } from './errors.js';
import { d, input, terms } from './fixtures.test-helpers.js';

const month = '2026-04';
const today = '2026-04-10';

function aprilOf(daysPerMonth: number, usedDays: number, carry = false, asOf = today): MonthBalance {
  const retainerTerms = terms({
    amendments: [{ effectiveMonth: '2026-01', daysPerMonth, monthlyFeeMinor: 0 }],
    rollover: carry ? 'CARRY_FORWARD' : 'NONE',
  });
  const usage = { [month]: d(usedDays) };
  return computeBalances(input({ terms: retainerTerms, usedMinutesByMonth: usage, from: month, to: month, today: asOf }))[0]!;
}

describe('sumBalances', () => {
  it("adds every minute field of a client's retainers and judges the sum by rule 8", () => {
    const cto = aprilOf(4, 1);
    const caio = aprilOf(2, 0.5, true);
    const sum = sumBalances([cto, caio], { month, minutesPerDay: 480, today, lockedThrough: null });
    expect(sum).toEqual({
      month,
      minutesPerDay: 480,
      allocatedMinutes: cto.allocatedMinutes + caio.allocatedMinutes,
      carriedInMinutes: cto.carriedInMinutes + caio.carriedInMinutes,
      availableMinutes: cto.availableMinutes + caio.availableMinutes,
      usedMinutes: d(1.5),
      remainingMinutes: cto.remainingMinutes + caio.remainingMinutes,
      overageMinutes: 0,
      expiredMinutes: cto.expiredMinutes + caio.expiredMinutes,
      carriedOutMinutes: cto.carriedOutMinutes + caio.carriedOutMinutes,
      projectedUsedMinutes: cto.projectedUsedMinutes + caio.projectedUsedMinutes,
      status: 'ON_TRACK',
      locked: false,
    });
  });

  it('lets the sum be at risk when the retainers together are', () => {
    // By 10 April (8 of 22 working days): 1.5 + 1.5 days used → 8.25 projected against 6.
    const sum = sumBalances([aprilOf(4, 1.5), aprilOf(2, 1.5)], { month, minutesPerDay: 480, today });
    expect(sum.status).toBe('AT_RISK');
  });

  it("keeps one retainer's overage visible next to another's spare time", () => {
    const asOf = '2026-05-05';
    const sum = sumBalances([aprilOf(4, 0, false, asOf), aprilOf(1, 2, false, asOf)], { month, minutesPerDay: 480, today: asOf });
    expect(sum).toMatchObject({ overageMinutes: d(1), remainingMinutes: d(4), status: 'UNDER_USED' });
  });

  it('gives zeros for a client without an active retainer, locked by the client lock', () => {
    const sum = sumBalances([], { month, minutesPerDay: 480, today, lockedThrough: '2026-04' });
    expect(sum).toMatchObject({ availableMinutes: 0, usedMinutes: 0, status: 'ON_TRACK', locked: true });
  });

  it('refuses to add balances of different months', () => {
    expect(() => sumBalances([aprilOf(4, 1)], { month: '2026-05', minutesPerDay: 480, today })).toThrow(DomainError);
  });
});

describe('computeCapacity', () => {
  it("sets the leader's sellable days against what was sold, used and projected", () => {
    const balances = [aprilOf(4, 1), aprilOf(2, 0.5)];
    expect(computeCapacity(15, 480, balances)).toEqual({
      capacityMinutes: d(15),
      allocatedMinutes: d(6),
      usedMinutes: d(1.5),
      projectedUsedMinutes: balances[0]!.projectedUsedMinutes + balances[1]!.projectedUsedMinutes,
    });
  });

  it('accepts fractional capacity and refuses a negative one', () => {
    expect(computeCapacity(12.5, 450, []).capacityMinutes).toBe(5625);
    expect(() => computeCapacity(-1, 480, [])).toThrow(expect.objectContaining({ field: 'capacityDaysPerMonth' }));
  });
});
