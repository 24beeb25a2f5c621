// The public surface of @allot/domain, listed: adding or removing an export shows up in review,
// and internal helpers (integer math, check()) cannot leak out through a wildcard re-export.

import * as domain from './index.js';

describe('@allot/domain exports', () => {
  it('exactly the public API', () => {
    expect(Object.keys(domain).sort()).toEqual(
      [
        'DomainError', 'isDomainError',
        'addMonths', 'compareMonths', 'daysInMonth', 'firstDayOfMonth', 'formatMonthLong', 'isMonth', 'lastDayOfMonth',
        'monthDiff', 'monthName', 'monthRange', 'parseMonth',
        'addDays', 'compareDates', 'dateInTimeZone', 'daysBetween', 'isIsoDate', 'isoWeekday', 'isValidTimeZone',
        'monthInTimeZone', 'monthOfDate', 'parseIsoDate', 'parseTimeZone', 'timeZones',
        'addWorkingDays', 'minutesPerDay', 'workingDatesBetween', 'workingDaysBetween', 'workingDaysElapsed', 'workingDaysInMonth',
        'allocatedMinutes', 'allocationSchedule', 'amendmentInForce', 'daysToMinutes', 'isActiveMonth', 'monthlyFeeInForce',
        'validateAdjustment', 'validateAmendment', 'validateTerms',
        'ADJUSTMENT_DAYS', 'DAYS_PER_MONTH', 'ROLLOVER_CAP_DAYS', 'isQuarterDays', 'quarterDaysMessage',
        'LATE_IN_MONTH_WORKING_DAYS', 'balanceStatus', 'projectUsedMinutes',
        'MAX_MONTHS', 'computeBalances', 'computeLedger',
        'computeCapacity', 'sumBalances',
        'DELIVERABLE_MOVES', 'DELIVERABLE_STATUSES', 'OPEN_DELIVERABLE_STATUSES', 'canEverMoveTo', 'deliverableMoves',
        'findDeliverableMove', 'isDeliverableOverdue', 'moveNeedsComment',
        'RETAINER_ENDING_WITHIN_DAYS', 'buildAlerts',
        'formatDateLong', 'formatDays', 'formatDuration', 'minutesToDays',
        'currencyCodes', 'currencyMinorUnits', 'formatMinor', 'isCurrencyCode', 'parseCurrencyCode', 'parseMinor',
        'countryCodes', 'isCountryCode', 'parseCountryCode',
        'REVERSE_CHARGE_NOTE', 'buildInvoiceDraft', 'creditNoteFrom', 'formatInvoiceNumber', 'formatQuantity',
        'invoiceAmounts', 'invoiceDueDate', 'invoiceLine', 'isInvoiceOverdue',
        'GENESIS_HASH', 'canonicalJson', 'chainVerification', 'extendChain', 'hashLogEntry', 'startChain', 'verifyChain',
      ].sort(),
    );
  });
});
