import { computeBalances } from './balance.js';
import { d, input, terms } from './fixtures.test-helpers.js';
import { balanceStatus, projectUsedMinutes } from './status.js';

// April 2026 starts on a Wednesday and has 22 working days:
// 1–3, 6–10, 13–17, 20–24, 27–30.
const APRIL = '2026-04';

describe('projectUsedMinutes (rule 7)', () => {
  it.each([
    ['extrapolates the current month over its working days', 960, '2026-04-10', 2640],
    ['rounds half up (1 min × 22 / 4 = 5.5)', 1, '2026-04-06', 6],
    ['counts today as elapsed', 22, '2026-04-01', 22 * 22],
    ['counts a weekend as the Friday before it', 800, '2026-04-12', 2200],
    ['keeps the last day at the actual use', 1000, '2026-04-30', 1000],
  ])('%s', (_name, used, today, projected) => {
    expect(projectUsedMinutes(APRIL, used, today)).toBe(projected);
  });

  it('uses the actual use while no working day has passed', () => {
    // 1 August 2026 is a Saturday.
    expect(projectUsedMinutes('2026-08', 300, '2026-08-01')).toBe(300);
    expect(projectUsedMinutes('2026-08', 300, '2026-08-02')).toBe(300);
  });

  it('uses the actual use for past and future months', () => {
    expect(projectUsedMinutes('2026-03', 500, '2026-04-10')).toBe(500);
    expect(projectUsedMinutes('2026-05', 500, '2026-04-10')).toBe(500);
  });
});

describe('balanceStatus (rule 8)', () => {
  const status = (usedMinutes: number, projectedUsedMinutes: number, month: string, today: string, availableMinutes = 1000) =>
    balanceStatus({ month, usedMinutes, availableMinutes, projectedUsedMinutes }, today);

  it.each([
    ['OVER when used exceeds available', [1001, 1001, APRIL, '2026-04-30'], 'OVER'],
    ['OVER beats a low projection', [1001, 1001, '2026-03', '2026-04-10'], 'OVER'],
    ['not OVER at exactly the available minutes', [1000, 1000, '2026-03', '2026-04-10'], 'ON_TRACK'],
    ['AT_RISK when the projection exceeds available', [600, 1200, APRIL, '2026-04-15'], 'AT_RISK'],
    ['UNDER_USED for a past month under half', [499, 499, '2026-03', '2026-04-10'], 'UNDER_USED'],
    ['ON_TRACK for a past month at exactly half', [500, 500, '2026-03', '2026-04-10'], 'ON_TRACK'],
    ['ON_TRACK early in the month however low', [0, 0, APRIL, '2026-04-10'], 'ON_TRACK'],
    ['ON_TRACK with exactly 5 working days left (today 23 April)', [100, 129, APRIL, '2026-04-23'], 'ON_TRACK'],
    ['UNDER_USED with 4 working days left (today 24 April)', [100, 122, APRIL, '2026-04-24'], 'UNDER_USED'],
    ['UNDER_USED with 3 working days left, over a weekend', [100, 122, APRIL, '2026-04-26'], 'UNDER_USED'],
    ['ON_TRACK for a future month', [0, 0, '2026-05', '2026-04-30'], 'ON_TRACK'],
    ['ON_TRACK with nothing available and nothing used', [0, 0, '2026-03', '2026-04-10', 0], 'ON_TRACK'],
  ] as const)('%s', (_name, [used, projected, month, today, available], expected) => {
    expect(status(used, projected, month, today, available)).toBe(expected);
  });
});

describe('status and projection inside computeBalances', () => {
  const april = (usedDays: number, today: string) =>
    computeBalances(input({ terms: terms(), usedMinutesByMonth: { [APRIL]: d(usedDays) }, from: APRIL, to: APRIL, today }))[0]!;

  it('projects the current month and leaves past months at their use', () => {
    // 2 days used by 10 April (8 of 22 working days) → 5.5 days projected, over the 4 available.
    expect(april(2, '2026-04-10')).toMatchObject({ projectedUsedMinutes: d(5.5), status: 'AT_RISK' });
    expect(april(2, '2026-05-04')).toMatchObject({ projectedUsedMinutes: d(2), status: 'ON_TRACK' });
    expect(april(1, '2026-05-04')).toMatchObject({ projectedUsedMinutes: d(1), status: 'UNDER_USED' });
  });

  it('judges a low month late in the month as under-used', () => {
    expect(april(1, '2026-04-27').status).toBe('UNDER_USED');
    expect(april(1, '2026-04-20').status).toBe('ON_TRACK');
  });
});
