import fc from 'fast-check';
import { computeBalances } from './balance.js';
import { dateInTimeZone } from './dates.js';
import { DomainError } from './errors.js';
import { input, terms } from './fixtures.test-helpers.js';
import {
  buildInvoiceDraft,
  creditNoteFrom,
  formatInvoiceNumber,
  formatQuantity,
  invoiceAmounts,
  invoiceDueDate,
  invoiceLine,
  isInvoiceOverdue,
  REVERSE_CHARGE_NOTE,
  type InvoiceDraftInput,
  type InvoiceRetainer,
} from './invoice.js';
import { monthlyFeeInForce } from './terms.js';

const cto = terms({
  amendments: [
    { effectiveMonth: '2026-01', daysPerMonth: 4, monthlyFeeMinor: 400_000 },
    { effectiveMonth: '2026-04', daysPerMonth: 2, monthlyFeeMinor: 240_000 },
  ],
  rollover: 'CARRY_FORWARD',
  rolloverCapDays: 2,
  rolloverExpiryMonths: 2,
  overage: 'BILL',
});

function retainer(overrides: Partial<InvoiceRetainer> = {}): InvoiceRetainer {
  return {
    title: 'Fractional CTO',
    terms: { ...cto, overage: 'BILL' },
    overageDayRateMinor: 150_000,
    vatRatePercent: 21,
    reverseCharge: false,
    overageMinutes: 0,
    ...overrides,
  };
}

function draft(overrides: Partial<InvoiceDraftInput> = {}) {
  return buildInvoiceDraft({ month: '2026-04', currency: 'EUR', minutesPerDay: 480, retainers: [retainer()], ...overrides });
}

describe("the worked example's April invoice", () => {
  const usage = new Map([
    ['2026-01', 1440],
    ['2026-02', 1200],
    ['2026-03', 480],
    ['2026-04', 2400],
  ]);
  const april = computeBalances(input({ terms: cto, usedMinutesByMonth: usage, from: '2026-04', to: '2026-04' }))[0]!;
  const invoice = draft({ retainers: [retainer({ overageMinutes: april.overageMinutes })] });

  it('has the fee line and the additional-time line', () => {
    expect(invoice.lines).toEqual([
      {
        description: 'Fractional CTO — April 2026',
        quantity: 1,
        unitCode: 'MON',
        unitPriceMinor: 240_000,
        netMinor: 240_000,
        vatRatePercent: 21,
        reverseCharge: false,
      },
      {
        description: 'Additional time — April 2026',
        quantity: 1,
        unitCode: 'DAY',
        unitPriceMinor: 150_000,
        netMinor: 150_000,
        vatRatePercent: 21,
        reverseCharge: false,
      },
    ]);
    expect(formatQuantity(invoice.lines[1]!.quantity)).toBe('1.0000');
  });

  it('totals net 3 900.00, VAT 21 % 819.00, gross 4 719.00 EUR', () => {
    expect(invoice).toMatchObject({
      month: '2026-04',
      currency: 'EUR',
      reverseCharge: false,
      notes: [],
      vatBreakdown: [{ vatRatePercent: 21, reverseCharge: false, taxableMinor: 390_000, vatMinor: 81_900 }],
      netTotalMinor: 390_000,
      vatTotalMinor: 81_900,
      grossTotalMinor: 471_900,
    });
  });

  it('takes the fee in force for the month', () => {
    expect(monthlyFeeInForce(cto, '2026-03')).toBe(400_000);
    expect(monthlyFeeInForce(cto, '2026-04')).toBe(240_000);
    expect(monthlyFeeInForce(cto, '2025-12')).toBe(0);
  });
});

describe('overage lines', () => {
  it('bills overage in days rounded half up to 4 decimals', () => {
    // 100 min / 480 = 0.208333… → 0.2083 day; × 1 500.00 = 312.45.
    const [, overage] = draft({ retainers: [retainer({ overageMinutes: 100 })] }).lines;
    expect(overage).toMatchObject({ quantity: 0.2083, unitCode: 'DAY', netMinor: 31_245 });
    expect(formatQuantity(overage!.quantity)).toBe('0.2083');
  });

  it('rounds a quantity of 0.00005 day up to 0.0001', () => {
    // 1 min of a 20 000-minute day is 0.00005 day, exactly half of the 4th decimal.
    const [, overage] = draft({ minutesPerDay: 20_000, retainers: [retainer({ overageMinutes: 1 })] }).lines;
    expect(overage!.quantity).toBe(0.0001);
  });

  it('leaves overage out when the policy is ABSORB', () => {
    const invoice = draft({ retainers: [retainer({ terms: { ...cto, overage: 'ABSORB' }, overageMinutes: 480 })] });
    expect(invoice.lines.map((line) => line.unitCode)).toEqual(['MON']);
    expect(invoice.netTotalMinor).toBe(240_000);
  });

  it('names the retainer on the additional-time line when the client has several', () => {
    const caio = retainer({ title: 'Fractional CAIO', overageMinutes: 240, overageDayRateMinor: 100_000 });
    const invoice = draft({ retainers: [retainer(), caio] });
    expect(invoice.lines.map((line) => line.description)).toEqual([
      'Fractional CTO — April 2026',
      'Fractional CAIO — April 2026',
      'Additional time, Fractional CAIO — April 2026',
    ]);
    expect(invoice.netTotalMinor).toBe(240_000 + 240_000 + 50_000);
  });

  it('leaves out retainers not active in the month', () => {
    const ended = retainer({ title: 'Interim CIO', terms: { ...cto, endMonth: '2026-03', overage: 'BILL' } });
    const later = retainer({ title: 'Advisor', terms: { ...cto, startMonth: '2026-05', overage: 'BILL' } });
    expect(draft({ retainers: [ended, retainer(), later] }).lines.map((line) => line.description)).toEqual(['Fractional CTO — April 2026']);
    expect(draft({ retainers: [ended] })).toMatchObject({ lines: [], vatBreakdown: [], grossTotalMinor: 0 });
  });
});

describe('VAT', () => {
  it('rounds VAT once per rate over the summed nets, half up', () => {
    // Two lines of 0.05 at 10 % would be 0.01 each if rounded per line (0.005 → 0.01); summed: 0.01.
    const lines = [
      { ...invoiceLine('a', 1, 'MON', 5), vatRatePercent: 10, reverseCharge: false },
      { ...invoiceLine('b', 1, 'MON', 5), vatRatePercent: 10, reverseCharge: false },
      { ...invoiceLine('c', 1, 'MON', 1_005), vatRatePercent: 7.7, reverseCharge: false },
    ];
    expect(invoiceAmounts(lines).vatBreakdown).toEqual([
      { vatRatePercent: 10, reverseCharge: false, taxableMinor: 10, vatMinor: 1 },
      // 1 005 × 7.7 % = 77.385 → 77.
      { vatRatePercent: 7.7, reverseCharge: false, taxableMinor: 1_005, vatMinor: 77 },
    ]);
  });

  it('applies reverse charge as 0 % with a note', () => {
    const invoice = draft({ retainers: [retainer({ reverseCharge: true, overageMinutes: 480 })] });
    expect(invoice.reverseCharge).toBe(true);
    expect(invoice.notes).toEqual([REVERSE_CHARGE_NOTE]);
    expect(invoice.lines.every((line) => line.vatRatePercent === 0 && line.reverseCharge)).toBe(true);
    expect(invoice.vatBreakdown).toEqual([{ vatRatePercent: 0, reverseCharge: true, taxableMinor: 390_000, vatMinor: 0 }]);
    expect(invoice.grossTotalMinor).toBe(390_000);
  });

  it('keeps a reverse-charged and a taxed retainer in separate breakdowns', () => {
    const invoice = draft({ retainers: [retainer(), retainer({ title: 'Fractional CAIO', reverseCharge: true })] });
    expect(invoice.vatBreakdown.map((group) => [group.reverseCharge, group.vatRatePercent, group.vatMinor])).toEqual([
      [false, 21, 50_400],
      [true, 0, 0],
    ]);
  });
});

describe('other currencies', () => {
  it('JPY: whole yen, rounded half up', () => {
    const yen = retainer({
      terms: { ...cto, amendments: [{ effectiveMonth: '2026-01', daysPerMonth: 2, monthlyFeeMinor: 300_000 }], overage: 'BILL' },
      overageDayRateMinor: 99_999,
      vatRatePercent: 10,
      overageMinutes: 30,
    });
    const invoice = draft({ currency: 'JPY', retainers: [yen] });
    // 30 min = 0.0625 day; × ¥99 999 = ¥6 249.9375 → ¥6 250. VAT 10 % of ¥306 250 = ¥30 625.
    expect(invoice.lines.map((line) => [line.quantity, line.netMinor])).toEqual([
      [1, 300_000],
      [0.0625, 6_250],
    ]);
    expect(invoice).toMatchObject({ netTotalMinor: 306_250, vatTotalMinor: 30_625, grossTotalMinor: 336_875 });
  });

  it('JPY: VAT of exactly half a yen rounds up', () => {
    const lines = [{ ...invoiceLine('fee', 1, 'MON', 306_255), vatRatePercent: 10, reverseCharge: false }];
    expect(invoiceAmounts(lines).vatTotalMinor).toBe(30_626);
  });

  it('refuses an unknown currency, naming the field', () => {
    expect(() => draft({ currency: 'EURO' })).toThrow(expect.objectContaining({ field: 'currency' }));
    expect(() => draft({ currency: 'eur' })).toThrow(DomainError);
  });
});

describe('line arithmetic', () => {
  it('computes net = round_half_up(quantity × unit price) exactly', () => {
    expect(invoiceLine('x', 0.5, 'DAY', 3).netMinor).toBe(2);
    expect(invoiceLine('x', 1.0001, 'DAY', 10_000).netMinor).toBe(10_001);
    expect(invoiceLine('x', 0.3, 'DAY', 1).netMinor).toBe(0);
    expect(invoiceLine('x', 2.675, 'DAY', 100).netMinor).toBe(268);
  });

  it('stays exact beyond 2^53 in the intermediate product', () => {
    // 1.5 × 5 000 000 000 001 is computed as 15 000 × 5 000 000 000 001, far beyond 2^53.
    expect(invoiceLine('x', 1.5, 'DAY', 5_000_000_000_001).netMinor).toBe(7_500_000_000_002);
    expect(() => invoiceLine('x', 10_000, 'DAY', 9_000_000_000_000)).toThrow(DomainError);
  });

  it('refuses a negative or fractional price and a non-number quantity', () => {
    expect(() => invoiceLine('x', 1, 'MON', -1)).toThrow(expect.objectContaining({ field: 'unitPriceMinor' }));
    expect(() => invoiceLine('x', 1, 'MON', 1.5)).toThrow(DomainError);
    expect(() => invoiceLine('x', Number.NaN, 'MON', 1)).toThrow(expect.objectContaining({ field: 'quantity' }));
  });

  it.each([
    [{ vatRatePercent: 101 }, 'vatRatePercent'],
    [{ vatRatePercent: -1 }, 'vatRatePercent'],
    [{ overageDayRateMinor: 10.5 }, 'overageDayRateMinor'],
    [{ overageMinutes: -5 }, 'overageMinutes'],
  ])('refuses the retainer input %j', (overrides, field) => {
    expect(() => draft({ retainers: [retainer(overrides)] })).toThrow(expect.objectContaining({ field }));
  });

  it('refuses a bad month or minutes per day', () => {
    expect(() => draft({ month: 'April' })).toThrow(expect.objectContaining({ field: 'month' }));
    expect(() => draft({ minutesPerDay: 0 })).toThrow(expect.objectContaining({ field: 'minutesPerDay' }));
  });
});

describe('credit notes', () => {
  it('negate every amount and quantity, keep unit prices, and cancel the invoice exactly', () => {
    const invoice = draft({ retainers: [retainer({ overageMinutes: 100 })] });
    const credit = creditNoteFrom(invoice);
    expect(credit.lines.map((line) => [line.quantity, line.unitPriceMinor, line.netMinor])).toEqual([
      [-1, 240_000, -240_000],
      [-0.2083, 150_000, -31_245],
    ]);
    expect(credit).toMatchObject({
      month: '2026-04',
      currency: 'EUR',
      netTotalMinor: -invoice.netTotalMinor,
      vatTotalMinor: -invoice.vatTotalMinor,
      grossTotalMinor: -invoice.grossTotalMinor,
    });
    expect(credit.vatBreakdown[0]).toMatchObject({ taxableMinor: -271_245, vatMinor: -56_961 });
    expect(formatQuantity(credit.lines[1]!.quantity)).toBe('-0.2083');
  });

  it('never produce -0', () => {
    const credit = creditNoteFrom(draft({ retainers: [retainer({ reverseCharge: true })] }));
    expect(Object.is(credit.vatTotalMinor, 0)).toBe(true);
    expect(Object.is(credit.vatBreakdown[0]!.vatMinor, 0)).toBe(true);
  });
});

describe('invoice numbers and due dates', () => {
  it('formats {prefix}{YYYY}-{NNNN}', () => {
    expect(formatInvoiceNumber('INV-', 2026, 7)).toBe('INV-2026-0007');
    expect(formatInvoiceNumber('', 2026, 1)).toBe('2026-0001');
    expect(formatInvoiceNumber('AC', 2027, 12_345)).toBe('AC2027-12345');
  });

  it.each([
    [2026, 0, 'sequence'],
    [2026, 1.5, 'sequence'],
    [26, 1, 'year'],
  ])('refuses year %p and sequence %p', (year, sequence, field) => {
    expect(() => formatInvoiceNumber('INV-', year, sequence)).toThrow(expect.objectContaining({ field }));
  });

  it('adds the payment terms to the issue date', () => {
    expect(invoiceDueDate('2026-05-02', 14)).toBe('2026-05-16');
    expect(invoiceDueDate('2026-12-20', 30)).toBe('2027-01-19');
    expect(invoiceDueDate('2028-02-15', 14)).toBe('2028-02-29');
    expect(invoiceDueDate('2026-05-02', 0)).toBe('2026-05-02');
    expect(() => invoiceDueDate('2026-05-02', -1)).toThrow(expect.objectContaining({ field: 'paymentTermsDays' }));
    expect(() => invoiceDueDate('2026-05-32', 14)).toThrow(expect.objectContaining({ field: 'issueDate' }));
  });
});

describe('isInvoiceOverdue', () => {
  it('is an issued invoice whose due date is before today', () => {
    expect(isInvoiceOverdue({ status: 'ISSUED', dueDate: '2026-05-15' }, '2026-05-16')).toBe(true);
  });

  it('is not due yet on its due date', () => {
    expect(isInvoiceOverdue({ status: 'ISSUED', dueDate: '2026-05-16' }, '2026-05-16')).toBe(false);
  });

  it('is never a draft, a paid or a credited invoice, nor one without a due date (a credit note)', () => {
    for (const status of ['DRAFT', 'PAID', 'CREDITED'] as const) {
      expect(isInvoiceOverdue({ status, dueDate: '2026-01-01' }, '2026-05-16')).toBe(false);
    }
    expect(isInvoiceOverdue({ status: 'ISSUED', dueDate: null }, '2026-05-16')).toBe(false);
    expect(isInvoiceOverdue({ status: 'ISSUED' }, '2026-05-16')).toBe(false);
  });

  it('follows the workspace’s calendar: the same instant can be overdue in Tokyo and not yet in New York', () => {
    const instant = new Date('2026-05-16T02:00:00Z');
    const invoice = { status: 'ISSUED', dueDate: '2026-05-15' } as const;
    expect(isInvoiceOverdue(invoice, dateInTimeZone(instant, 'Asia/Tokyo'))).toBe(true);
    expect(isInvoiceOverdue(invoice, dateInTimeZone(instant, 'America/New_York'))).toBe(false);
  });
});

describe('invoice properties', () => {
  const lineArb = fc.record({
    quantityScaled: fc.integer({ min: 0, max: 10_000_000 }),
    unitPriceMinor: fc.integer({ min: 0, max: 100_000_000 }),
    vatRatePercent: fc.constantFrom(0, 5.5, 7.7, 10, 19, 20, 21, 25),
    reverseCharge: fc.boolean(),
  });

  it('rounds every net and every VAT to within half a minor unit, and adds up', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 6 }), (specs) => {
        const lines = specs.map(({ quantityScaled, unitPriceMinor, vatRatePercent, reverseCharge }) => ({
          ...invoiceLine('x', quantityScaled / 10_000, 'DAY', unitPriceMinor),
          vatRatePercent,
          reverseCharge,
        }));
        lines.forEach((line, index) => {
          const exact = (BigInt(specs[index]!.quantityScaled) * BigInt(line.unitPriceMinor) * 2n) / 10_000n;
          // 2 × net is within 1 of 2 × the exact product (half a minor unit).
          expect(Math.abs(2 * line.netMinor - Number(exact))).toBeLessThanOrEqual(1);
        });
        const amounts = invoiceAmounts(lines);
        for (const group of amounts.vatBreakdown) {
          expect(Math.abs(group.vatMinor - (group.taxableMinor * group.vatRatePercent) / 100)).toBeLessThanOrEqual(0.5 + 1e-9);
        }
        expect(amounts.netTotalMinor).toBe(lines.reduce((total, line) => total + line.netMinor, 0));
        expect(amounts.grossTotalMinor).toBe(amounts.netTotalMinor + amounts.vatTotalMinor);
      }),
    );
  });

  it('a credit note cancels its invoice to the minor unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 10_000_000 }), fc.boolean(), (overage, rate, reverse) => {
        const invoice = draft({ retainers: [retainer({ overageMinutes: overage, overageDayRateMinor: rate, reverseCharge: reverse })] });
        const credit = creditNoteFrom(invoice);
        expect(invoice.grossTotalMinor + credit.grossTotalMinor).toBe(0);
        expect(invoice.vatTotalMinor + credit.vatTotalMinor).toBe(0);
        invoice.lines.forEach((line, index) => expect(line.netMinor + credit.lines[index]!.netMinor).toBe(0));
      }),
    );
  });
});
