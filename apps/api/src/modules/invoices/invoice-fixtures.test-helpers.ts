// Invoice documents for the renderers' unit tests: the worked example's April invoice and its
// variations (reverse charge, several retainers and rates, a credit note).
import { buildInvoiceDraft, creditNoteFrom, type InvoiceRetainer } from '@allot/domain';
import type { InvoiceDocument } from './invoice-document.js';

export const WORKED_EXAMPLE_RETAINER: InvoiceRetainer = {
  title: 'Fractional CTO',
  terms: {
    startMonth: '2026-01',
    endMonth: null,
    amendments: [
      { effectiveMonth: '2026-01', daysPerMonth: 4, monthlyFeeMinor: 400_000 },
      { effectiveMonth: '2026-04', daysPerMonth: 2, monthlyFeeMinor: 240_000 },
    ],
    overage: 'BILL',
  },
  overageDayRateMinor: 150_000,
  vatRatePercent: 21,
  reverseCharge: false,
  overageMinutes: 480,
};

export function aprilInvoice(overrides: Partial<InvoiceDocument> = {}, retainers: InvoiceRetainer[] = [WORKED_EXAMPLE_RETAINER]): InvoiceDocument {
  const draft = buildInvoiceDraft({ month: '2026-04', currency: 'EUR', minutesPerDay: 480, retainers });
  return {
    kind: 'INVOICE',
    status: 'ISSUED',
    number: 'INV-2026-0004',
    issueDate: '2026-05-01',
    dueDate: '2026-05-15',
    periodMonth: '2026-04',
    currency: 'EUR',
    reverseCharge: draft.reverseCharge,
    paymentTermsDays: 14,
    seller: {
      legalName: 'Morgan Fractional Consulting GmbH',
      name: 'Morgan Fractional',
      addressLine: 'Torstraße 49',
      city: 'Berlin',
      postalCode: '10119',
      country: 'DE',
      vatId: 'DE312345678',
      email: 'leader@example.test',
    },
    buyer: {
      legalName: 'Northwind Robotics GmbH',
      name: 'Northwind Robotics',
      addressLine: 'Invalidenstraße 117',
      city: 'Berlin',
      postalCode: '10115',
      country: 'DE',
      vatId: 'DE287654321',
      email: 'finance@northwind.example',
    },
    amounts: {
      lines: draft.lines,
      vatBreakdown: draft.vatBreakdown,
      netTotalMinor: draft.netTotalMinor,
      vatTotalMinor: draft.vatTotalMinor,
      grossTotalMinor: draft.grossTotalMinor,
    },
    paidOn: null,
    creditedInvoice: null,
    creditReason: null,
    ...overrides,
  };
}

export function reverseChargeInvoice(): InvoiceDocument {
  const doc = aprilInvoice({}, [{ ...WORKED_EXAMPLE_RETAINER, reverseCharge: true }]);
  return {
    ...doc,
    buyer: {
      ...doc.buyer,
      legalName: 'Helios Health B.V.',
      name: 'Helios Health',
      country: 'NL',
      vatId: 'NL859123456B01',
      city: 'Amsterdam',
      postalCode: '1016 DV',
      addressLine: 'Keizersgracht 221',
    },
  };
}

/** Two retainers at two rates, and an overage of 80 minutes (0.1667 day). */
export function mixedInvoice(): InvoiceDocument {
  return aprilInvoice({}, [
    { ...WORKED_EXAMPLE_RETAINER, overageMinutes: 80 },
    { ...WORKED_EXAMPLE_RETAINER, title: 'Chief AI Officer', vatRatePercent: 19, overageMinutes: 1234, overageDayRateMinor: 133_333 },
    { ...WORKED_EXAMPLE_RETAINER, title: 'Advisory board', vatRatePercent: 0, overageMinutes: 0 },
  ]);
}

export function creditNoteOf(invoice: InvoiceDocument): InvoiceDocument {
  return {
    ...invoice,
    kind: 'CREDIT_NOTE',
    number: 'INV-2026-0005',
    issueDate: '2026-05-20',
    dueDate: null,
    amounts: creditNoteFrom(invoice.amounts),
    creditedInvoice: { number: invoice.number!, issueDate: invoice.issueDate! },
    creditReason: 'Wrong overage',
  };
}
