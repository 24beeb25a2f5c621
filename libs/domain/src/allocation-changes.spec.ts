// What a leader may change about a retainer's allocation (the API's amendAllocation,
// adjustAllocation and createRetainer call these): quarter days in range, and never a month
// whose adjustments would take it below 0 days.

import fc from 'fast-check';
import { DomainError } from './errors.js';
import { addMonths } from './months.js';
import {
  ADJUSTMENT_DAYS,
  DAYS_PER_MONTH,
  ROLLOVER_CAP_DAYS,
  allocationSchedule,
  amendmentInForce,
  isQuarterDays,
  quarterDaysMessage,
  validateAdjustment,
  validateAmendment,
  type Adjustment,
  type Allocations,
  type Amendment,
  type RetainerTerms,
} from './terms.js';

const amendment = (effectiveMonth: string, daysPerMonth: number, monthlyFeeMinor = 0): Amendment => ({ effectiveMonth, daysPerMonth, monthlyFeeMinor });

function refusal(run: () => void): { field: string; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const { field, message } = error as DomainError;
    return { field, message };
  }
  throw new Error('expected a DomainError');
}

describe('quarter days', () => {
  it.each([0, 0.25, 0.5, 0.75, 1, 2.5, 31])('sells %p days a month', (days) => {
    expect(isQuarterDays(days, DAYS_PER_MONTH)).toBe(true);
  });

  it.each([-0.25, 31.25, 1.1, 0.3, 2.2, Number.NaN, Infinity, '2', null])('refuses %p days a month', (days) => {
    expect(isQuarterDays(days, DAYS_PER_MONTH)).toBe(false);
  });

  it('has the API ranges, and says so', () => {
    expect([DAYS_PER_MONTH, ADJUSTMENT_DAYS, ROLLOVER_CAP_DAYS]).toEqual([
      { min: 0, max: 31 },
      { min: -31, max: 31 },
      { min: 0, max: 1000 },
    ]);
    expect(isQuarterDays(-31, ADJUSTMENT_DAYS)).toBe(true);
    expect(isQuarterDays(-31.25, ADJUSTMENT_DAYS)).toBe(false);
    expect(quarterDaysMessage('rolloverCapDays', ROLLOVER_CAP_DAYS)).toBe(
      'rolloverCapDays must be a number of days from 0 to 1000 in quarter-day steps (0.25, 0.5, 0.75…)',
    );
  });
});

describe('validateAmendment', () => {
  it('accepts quarter days from 0 to 31 with a fee in minor units', () => {
    expect(() => validateAmendment(amendment('2026-04', 2.75, 240_000))).not.toThrow();
    expect(() => validateAmendment(amendment('2026-04', 0))).not.toThrow();
  });

  it.each<[string, Amendment, string]>([
    ['a malformed month', amendment('2026-4', 2), 'effectiveMonth'],
    ['days off the quarter steps', amendment('2026-04', 2.2), 'daysPerMonth'],
    ['negative days', amendment('2026-04', -0.25), 'daysPerMonth'],
    ['more days than a month has', amendment('2026-04', 32), 'daysPerMonth'],
    ['a fee with decimals', amendment('2026-04', 2, 40.5), 'monthlyFeeMinor'],
    ['a negative fee', amendment('2026-04', 2, -1), 'monthlyFeeMinor'],
  ])('refuses %s, naming the field', (_name, bad, field) => {
    expect(refusal(() => validateAmendment(bad)).field).toBe(field);
  });

  it('words the quarter-day refusal as the API always has', () => {
    expect(refusal(() => validateAmendment(amendment('2026-04', 1.1))).message).toBe(quarterDaysMessage('daysPerMonth', DAYS_PER_MONTH));
  });

  const current: Allocations = {
    amendments: [amendment('2026-01', 2), amendment('2026-06', 4)],
    adjustments: [
      { month: '2026-04', days: -2 },
      { month: '2026-03', days: -1 },
      { month: '2026-03', days: -0.5 },
      { month: '2026-07', days: -3 },
    ],
  };

  it('refuses days that leave a month it governs below 0, naming the earliest', () => {
    expect(refusal(() => validateAmendment(amendment('2026-02', 1), current))).toEqual({
      field: 'daysPerMonth',
      message: "With 1 days per month, 2026-03's adjustments would take its allocation below 0 days.",
    });
    expect(refusal(() => validateAmendment(amendment('2026-04', 1.75), current)).message).toContain("2026-04's adjustments");
  });

  it('looks only at the months it governs: from its month until the next later amendment', () => {
    // 2026-07's −3 days fall under the June amendment (4 days), whatever February says.
    expect(() => validateAmendment(amendment('2026-02', 2), current)).not.toThrow();
    expect(() => validateAmendment(amendment('2026-05', 0), current)).not.toThrow();
    // Replacing June's amendment governs July.
    expect(refusal(() => validateAmendment(amendment('2026-06', 2.75), current)).message).toContain("2026-07's adjustments");
    expect(() => validateAmendment(amendment('2026-06', 3), current)).not.toThrow();
    expect(() => validateAmendment(amendment('2026-02', 0), { amendments: [], adjustments: undefined })).not.toThrow();
  });
});

describe('validateAdjustment', () => {
  it('accepts quarter days from −31 to 31, never 0', () => {
    expect(() => validateAdjustment({ month: '2026-03', days: 2 })).not.toThrow();
    expect(() => validateAdjustment({ month: '2026-03', days: -31 })).not.toThrow();
  });

  it.each<[string, Adjustment, string]>([
    ['a malformed month', { month: '2026', days: 1 }, 'month'],
    ['days off the quarter steps', { month: '2026-03', days: 0.1 }, 'days'],
    ['more than a month', { month: '2026-03', days: 40 }, 'days'],
    ['no days at all', { month: '2026-03', days: 0 }, 'days'],
  ])('refuses %s, naming the field', (_name, bad, field) => {
    expect(refusal(() => validateAdjustment(bad)).field).toBe(field);
  });

  it('says that an adjustment adds or removes time', () => {
    expect(refusal(() => validateAdjustment({ month: '2026-03', days: 0 })).message).toBe('days must not be 0: an adjustment adds or removes time.');
  });

  const current: Allocations = {
    amendments: [amendment('2026-01', 2), amendment('2026-06', 1)],
    adjustments: [{ month: '2026-04', days: -2 }],
  };

  it('refuses to take its month below 0 days, saying what is there already', () => {
    expect(refusal(() => validateAdjustment({ month: '2026-04', days: -0.25 }, current))).toEqual({
      field: 'days',
      message: "2026-04's allocation would go below 0 days (2 days per month, -2 days adjusted already).",
    });
    expect(refusal(() => validateAdjustment({ month: '2026-06', days: -1.25 }, current)).message).toBe(
      "2026-06's allocation would go below 0 days (1 days per month, 0 days adjusted already).",
    );
    expect(refusal(() => validateAdjustment({ month: '2025-12', days: -1 }, current)).message).toContain('(0 days per month');
  });

  it('lets a month go down to exactly 0 days, or up again', () => {
    expect(() => validateAdjustment({ month: '2026-06', days: -1 }, current)).not.toThrow();
    expect(() => validateAdjustment({ month: '2026-04', days: 0.25 }, current)).not.toThrow();
    expect(() => validateAdjustment({ month: '2026-05', days: -2 }, current)).not.toThrow();
  });
});

describe('a retainer built only from accepted changes', () => {
  type Change = { kind: 'amend'; offset: number; quarters: number } | { kind: 'adjust'; offset: number; quarters: number };
  const START = '2026-01';
  const change: fc.Arbitrary<Change> = fc.oneof(
    fc.record({ kind: fc.constant('amend' as const), offset: fc.integer({ min: 0, max: 11 }), quarters: fc.integer({ min: 0, max: 16 }) }),
    fc.record({ kind: fc.constant('adjust' as const), offset: fc.integer({ min: 0, max: 11 }), quarters: fc.integer({ min: -16, max: 16 }) }),
  );

  /** Rule 1 before its clamp, in quarter days: what the month would have if nothing stopped it. */
  function rawQuarters(allocations: Allocations, month: string): number {
    const inForce = amendmentInForce(allocations.amendments, month)?.daysPerMonth ?? 0;
    const adjusted = (allocations.adjustments ?? []).filter((a) => a.month === month).reduce((sum, a) => sum + a.days, 0);
    return Math.round((inForce + adjusted) * 4);
  }

  it('never has a month below 0 days, so rule 1 never has to clamp; a refusal is exactly such a month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.array(change, { maxLength: 25 }), (firstQuarters, changes) => {
        const creation = amendment(START, firstQuarters / 4);
        validateAmendment(creation, { amendments: [], adjustments: [] });
        let amendments: Amendment[] = [creation];
        let adjustments: Adjustment[] = [];
        for (const next of changes) {
          const month = addMonths(START, next.offset);
          const days = next.quarters / 4;
          const candidate: Allocations =
            next.kind === 'amend'
              ? { amendments: [...amendments.filter((a) => a.effectiveMonth !== month), amendment(month, days)], adjustments }
              : { amendments, adjustments: [...adjustments, { month, days }] };
          let accepted = true;
          try {
            if (next.kind === 'amend') validateAmendment(amendment(month, days), { amendments, adjustments });
            else validateAdjustment({ month, days }, { amendments, adjustments });
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            accepted = false;
          }
          const months = Array.from({ length: 12 }, (_, offset) => addMonths(START, offset));
          const belowZero = months.some((m) => rawQuarters(candidate, m) < 0);
          // Only a zero adjustment is refused for another reason than a month below 0.
          expect(accepted).toBe(!belowZero && !(next.kind === 'adjust' && days === 0));
          if (accepted) ({ amendments, adjustments } = candidate as { amendments: Amendment[]; adjustments: Adjustment[] });
        }
        const terms: RetainerTerms = { startMonth: START, amendments, adjustments, rollover: 'NONE' };
        const schedule = allocationSchedule(terms, 480);
        for (let offset = 0; offset < 12; offset++) {
          const month = addMonths(START, offset);
          expect(schedule(month)).toBe(rawQuarters(terms, month) * 120);
        }
      }),
    );
  });
});
