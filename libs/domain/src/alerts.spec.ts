import { buildAlerts, type AlertInput, type ClientAlertInput } from './alerts.js';
import type { MonthBalance } from './balance.js';
import { d } from './fixtures.test-helpers.js';

const month = '2026-04';

function balance(overrides: Partial<MonthBalance> = {}): MonthBalance {
  return {
    month,
    minutesPerDay: 480,
    allocatedMinutes: d(4),
    carriedInMinutes: 0,
    availableMinutes: d(4),
    usedMinutes: d(2),
    remainingMinutes: d(2),
    overageMinutes: 0,
    expiredMinutes: 0,
    carriedOutMinutes: 0,
    projectedUsedMinutes: d(3),
    status: 'ON_TRACK',
    locked: false,
    ...overrides,
  };
}

function client(overrides: Partial<ClientAlertInput> = {}): ClientAlertInput {
  return { clientId: 'c1', clientName: 'Northwind Robotics', balance: balance(), ...overrides };
}

function alerts(overrides: Partial<AlertInput> = {}) {
  return buildAlerts({ month, today: '2026-04-10', minutesPerDay: 480, capacity: null, clients: [client()], ...overrides });
}

describe('buildAlerts', () => {
  it('says nothing when all is well', () => {
    expect(alerts()).toEqual([]);
  });

  it('OVERAGE: "Northwind Robotics is 1.5 days over its April allocation"', () => {
    const over = client({ balance: balance({ usedMinutes: d(5.5), overageMinutes: d(1.5), status: 'OVER' }) });
    expect(alerts({ clients: [over] })).toEqual([
      { kind: 'OVERAGE', severity: 'CRITICAL', clientId: 'c1', message: 'Northwind Robotics is 1.5 days over its April allocation' },
    ]);
  });

  it('OVERAGE: small overages read in hours or minutes, other years with their year', () => {
    const over = (minutes: number) => client({ balance: balance({ month: '2025-12', overageMinutes: minutes, status: 'OVER' }) });
    expect(alerts({ clients: [over(90)] })[0]!.message).toBe('Northwind Robotics is 1.5 hours over its December 2025 allocation');
    expect(alerts({ clients: [over(60)] })[0]!.message).toBe('Northwind Robotics is 1 hour over its December 2025 allocation');
    expect(alerts({ clients: [over(20)] })[0]!.message).toBe('Northwind Robotics is 20 minutes over its December 2025 allocation');
    expect(alerts({ clients: [over(1)] })[0]!.message).toBe('Northwind Robotics is 1 minute over its December 2025 allocation');
    expect(alerts({ clients: [over(d(1))] })[0]!.message).toBe('Northwind Robotics is 1 day over its December 2025 allocation');
  });

  it('AT_RISK: the pace against what is available', () => {
    const risky = client({ balance: balance({ projectedUsedMinutes: d(5.5), status: 'AT_RISK' }) });
    expect(alerts({ clients: [risky] })).toEqual([
      { kind: 'AT_RISK', severity: 'WARNING', clientId: 'c1', message: 'Northwind Robotics is on pace to use 5.5 days of the 4 days available in April' },
    ]);
  });

  it('UNDER_USED: in a past month, and late in the current one', () => {
    const past = client({ balance: balance({ month: '2026-03', usedMinutes: d(1), projectedUsedMinutes: d(1), status: 'UNDER_USED' }) });
    expect(alerts({ clients: [past] })).toEqual([
      { kind: 'UNDER_USED', severity: 'INFO', clientId: 'c1', message: 'Northwind Robotics used only 1 day of 4 days in March' },
    ]);
    const late = client({ balance: balance({ usedMinutes: d(0.75), projectedUsedMinutes: d(1), status: 'UNDER_USED' }) });
    expect(alerts({ today: '2026-04-27', clients: [late] })[0]!.message).toBe(
      'Northwind Robotics has used only 0.75 days of 4 days in April, with 3 working days left',
    );
    expect(alerts({ today: '2026-04-29', clients: [late] })[0]!.message).toContain('with 1 working day left');
  });

  it('RETAINER_ENDING: within 60 days, a warning within 30', () => {
    const ending = (endMonth: string | null) => client({ retainers: [{ title: 'Fractional CTO', endMonth }] });
    expect(alerts({ clients: [ending('2026-05')] })).toEqual([
      {
        kind: 'RETAINER_ENDING',
        severity: 'INFO',
        clientId: 'c1',
        message: 'The Fractional CTO retainer with Northwind Robotics ends on 31 May 2026, in 51 days',
      },
    ]);
    expect(alerts({ clients: [ending('2026-04')] })[0]).toMatchObject({ severity: 'WARNING', message: expect.stringContaining('in 20 days') });
    expect(alerts({ today: '2026-04-29', clients: [ending('2026-04')] })[0]!.message).toContain('30 April 2026, in 1 day');
    expect(alerts({ today: '2026-04-30', clients: [ending('2026-04')] })[0]!.message).toBe('The Fractional CTO retainer with Northwind Robotics ends today');
    expect(alerts({ today: '2026-06-01', clients: [ending('2026-07')] })[0]!.message).toContain('in 60 days');
    expect(alerts({ today: '2026-05-31', clients: [ending('2026-07')] })).toEqual([]);
    expect(alerts({ today: '2026-05-01', clients: [ending('2026-04')] })).toEqual([]);
    expect(alerts({ clients: [ending(null), client({ retainers: [{ title: 'Advisor' }] })] })).toEqual([]);
  });

  it('DELIVERABLE_OVERDUE and ACTION_ITEM_OVERDUE from the counts given', () => {
    const late = client({ overdueDeliverables: 2, overdueActionItems: 1 });
    expect(alerts({ clients: [late] })).toEqual([
      { kind: 'DELIVERABLE_OVERDUE', severity: 'WARNING', clientId: 'c1', message: 'Northwind Robotics has 2 overdue deliverables' },
      { kind: 'ACTION_ITEM_OVERDUE', severity: 'INFO', clientId: 'c1', message: 'Northwind Robotics has 1 overdue action item' },
    ]);
    const one = client({ overdueDeliverables: 1, overdueActionItems: 3 });
    expect(alerts({ clients: [one] }).map((alert) => alert.message)).toEqual([
      'Northwind Robotics has 1 overdue deliverable',
      'Northwind Robotics has 3 overdue action items',
    ]);
  });

  it('OVER_CAPACITY: worked, on pace, or sold beyond capacity', () => {
    const capacity = { capacityMinutes: d(20), allocatedMinutes: d(18), usedMinutes: d(8), projectedUsedMinutes: d(16) };
    expect(alerts({ capacity })).toEqual([]);
    expect(alerts({ capacity: { ...capacity, allocatedMinutes: d(22.5) } })).toEqual([
      { kind: 'OVER_CAPACITY', severity: 'WARNING', clientId: null, message: 'You have sold 22.5 days in April against a capacity of 20 days' },
    ]);
    expect(alerts({ capacity: { ...capacity, projectedUsedMinutes: d(23) } })[0]).toMatchObject({
      severity: 'CRITICAL',
      message: 'At this pace you will work 23 days in April against a capacity of 20 days',
    });
    expect(alerts({ capacity: { ...capacity, usedMinutes: d(21), projectedUsedMinutes: d(30) } })[0]).toMatchObject({
      severity: 'CRITICAL',
      message: 'You have worked 21 days in April against a capacity of 20 days',
    });
  });

  it('puts the most urgent first, keeping the input order within a severity', () => {
    const result = alerts({
      capacity: { capacityMinutes: d(10), allocatedMinutes: d(12), usedMinutes: 0, projectedUsedMinutes: 0 },
      clients: [
        client({ clientId: 'a', clientName: 'Acme', overdueActionItems: 1 }),
        client({ clientId: 'b', clientName: 'Bolt', balance: balance({ overageMinutes: d(1), status: 'OVER' }) }),
        client({ clientId: 'c', clientName: 'Crane', balance: null, overdueDeliverables: 1 }),
      ],
    });
    expect(result.map((alert) => [alert.severity, alert.kind, alert.clientId])).toEqual([
      ['CRITICAL', 'OVERAGE', 'b'],
      ['WARNING', 'OVER_CAPACITY', null],
      ['WARNING', 'DELIVERABLE_OVERDUE', 'c'],
      ['INFO', 'ACTION_ITEM_OVERDUE', 'a'],
    ]);
  });

  it('refuses a bad month or date', () => {
    expect(() => alerts({ month: '2026-4' })).toThrow(expect.objectContaining({ field: 'month' }));
    expect(() => alerts({ today: 'today' })).toThrow(expect.objectContaining({ field: 'today' }));
  });
});
