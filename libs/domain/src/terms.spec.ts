import { terms } from './fixtures.test-helpers.js';
import { allocatedMinutes, amendmentInForce, daysToMinutes, isActiveMonth, validateTerms, type RetainerTerms } from './terms.js';

describe('validateTerms', () => {
  it('accepts good terms and returns them', () => {
    const good = terms({ endMonth: '2026-12', rollover: 'CARRY_FORWARD', rolloverCapDays: 2.5, rolloverExpiryMonths: 3 });
    expect(validateTerms(good)).toBe(good);
    expect(validateTerms(terms({ adjustments: undefined, overage: undefined }))).toBeTruthy();
  });

  it.each<[string, Partial<RetainerTerms>, string]>([
    ['an end before the start', { endMonth: '2025-12' }, 'endMonth'],
    ['a malformed end', { endMonth: '2026/12' }, 'endMonth'],
    ['a negative allocation', { amendments: [{ effectiveMonth: '2026-01', daysPerMonth: -1, monthlyFeeMinor: 0 }] }, 'daysPerMonth'],
    ['an endless allocation', { amendments: [{ effectiveMonth: '2026-01', daysPerMonth: Infinity, monthlyFeeMinor: 0 }] }, 'daysPerMonth'],
    ['a fee in euros, not cents', { amendments: [{ effectiveMonth: '2026-01', daysPerMonth: 1, monthlyFeeMinor: 40.5 }] }, 'monthlyFeeMinor'],
    ['a negative fee', { amendments: [{ effectiveMonth: '2026-01', daysPerMonth: 1, monthlyFeeMinor: -1 }] }, 'monthlyFeeMinor'],
    ['an amendment without a month', { amendments: [{ effectiveMonth: '', daysPerMonth: 1, monthlyFeeMinor: 0 }] }, 'effectiveMonth'],
    ['an adjustment without a month', { adjustments: [{ month: '2026', days: 1 }] }, 'month'],
    ['an adjustment that is not a number', { adjustments: [{ month: '2026-02', days: Number.NaN }] }, 'days'],
    ['an unknown rollover', { rollover: 'ROLL' as 'NONE' }, 'rollover'],
    ['a negative cap', { rolloverCapDays: -1 }, 'rolloverCapDays'],
    ['an expiry of 0 months', { rolloverExpiryMonths: 0 }, 'rolloverExpiryMonths'],
    ['an expiry of 1.5 months', { rolloverExpiryMonths: 1.5 }, 'rolloverExpiryMonths'],
    ['an unknown overage policy', { overage: 'WAIVE' as 'BILL' }, 'overage'],
  ])('refuses %s, naming the field', (_name, overrides, field) => {
    expect(() => validateTerms(terms(overrides))).toThrow(expect.objectContaining({ field, code: 'BAD_USER_INPUT' }));
  });
});

describe('allocation helpers', () => {
  const amended = terms({
    amendments: [
      { effectiveMonth: '2026-01', daysPerMonth: 4, monthlyFeeMinor: 1 },
      { effectiveMonth: '2026-06', daysPerMonth: 3, monthlyFeeMinor: 2 },
      { effectiveMonth: '2026-06', daysPerMonth: 2, monthlyFeeMinor: 3 },
    ],
    adjustments: [
      { month: '2026-07', days: 1 },
      { month: '2026-08', days: -9 },
    ],
    endMonth: '2026-12',
  });

  it('finds the amendment in force, the last given winning a tie', () => {
    expect(amendmentInForce(amended.amendments, '2025-12')).toBeNull();
    expect(amendmentInForce(amended.amendments, '2026-05')?.monthlyFeeMinor).toBe(1);
    expect(amendmentInForce(amended.amendments, '2026-06')?.monthlyFeeMinor).toBe(3);
  });

  it("gives one month's allocation with its adjustments, never below 0", () => {
    expect(allocatedMinutes(amended, '2025-12', 480)).toBe(0);
    expect(allocatedMinutes(amended, '2026-05', 480)).toBe(1920);
    expect(allocatedMinutes(amended, '2026-07', 480)).toBe(1440);
    expect(allocatedMinutes(amended, '2026-08', 480)).toBe(0);
    expect(allocatedMinutes(terms({ adjustments: undefined }), '2026-02', 480)).toBe(1920);
  });

  it('knows the active months', () => {
    expect(isActiveMonth(amended, '2025-12')).toBe(false);
    expect(isActiveMonth(amended, '2026-01')).toBe(true);
    expect(isActiveMonth(amended, '2026-12')).toBe(true);
    expect(isActiveMonth(amended, '2027-01')).toBe(false);
    expect(isActiveMonth(terms(), '2090-01')).toBe(true);
  });

  it('turns days into whole minutes without float drift', () => {
    expect(daysToMinutes(2.3, 480)).toBe(1104);
    expect(daysToMinutes(0.1 + 0.2, 480)).toBe(144);
    expect(daysToMinutes(1 / 3, 480)).toBe(160);
  });
});
