// Response data shaped like the API's, for component tests.
export function balance(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'MonthBalance',
    month: '2026-04',
    minutesPerDay: 480,
    allocatedMinutes: 960,
    carriedInMinutes: 960,
    availableMinutes: 1920,
    usedMinutes: 2400,
    remainingMinutes: 0,
    overageMinutes: 480,
    expiredMinutes: 0,
    carriedOutMinutes: 0,
    projectedUsedMinutes: 2400,
    status: 'OVER',
    locked: false,
    ...overrides,
  };
}

export const money = (amountMinor: number, currency = 'EUR') => ({ __typename: 'Money', amountMinor, currency });

export function invoice(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Invoice',
    id: 'inv-1',
    kind: 'INVOICE',
    number: 'JD2026-0001',
    status: 'ISSUED',
    client: { __typename: 'Client', id: 'c-1', name: 'Northwind Robotics' },
    periodMonth: '2026-04',
    issueDate: '2026-05-01',
    dueDate: '2026-05-31',
    currency: 'EUR',
    netTotal: money(390000),
    vatTotal: money(81900),
    grossTotal: money(471900),
    paidOn: null,
    pdfPath: '/api/invoices/inv-1/pdf',
    ublPath: '/api/invoices/inv-1/ubl',
    ...overrides,
  };
}
