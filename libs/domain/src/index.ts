// @allot/domain: the numbers and rules of Allot (time balance, allocation changes, deliverable
// moves, invoices, log hashing, months and working days) as pure functions, shared by the API
// and the web app. No I/O, no framework. Named
// exports only, so that what is public is decided here and internal helpers stay internal.

export { DomainError, isDomainError } from './errors.js';
export {
  type Month,
  addMonths,
  compareMonths,
  daysInMonth,
  firstDayOfMonth,
  formatMonthLong,
  isMonth,
  lastDayOfMonth,
  monthDiff,
  monthName,
  monthRange,
  parseMonth,
} from './months.js';
export {
  type IsoDate,
  addDays,
  compareDates,
  dateInTimeZone,
  daysBetween,
  isIsoDate,
  isoWeekday,
  isValidTimeZone,
  monthInTimeZone,
  monthOfDate,
  parseIsoDate,
  parseTimeZone,
  timeZones,
} from './dates.js';
export { addWorkingDays, minutesPerDay, workingDatesBetween, workingDaysBetween, workingDaysElapsed, workingDaysInMonth } from './working-days.js';
export {
  type Adjustment,
  type Allocations,
  type Amendment,
  type DayRange,
  type OveragePolicy,
  type RetainerTerms,
  type RolloverPolicy,
  ADJUSTMENT_DAYS,
  DAYS_PER_MONTH,
  ROLLOVER_CAP_DAYS,
  allocatedMinutes,
  allocationSchedule,
  amendmentInForce,
  daysToMinutes,
  isActiveMonth,
  isQuarterDays,
  monthlyFeeInForce,
  quarterDaysMessage,
  validateAdjustment,
  validateAmendment,
  validateTerms,
} from './terms.js';
export { type BalanceStatus, type StatusFigures, LATE_IN_MONTH_WORKING_DAYS, balanceStatus, projectUsedMinutes } from './status.js';
export {
  type BalanceInput,
  type LedgerMonth,
  type LotMinutes,
  type MonthBalance,
  type UsageByMonth,
  MAX_MONTHS,
  computeBalances,
  computeLedger,
} from './balance.js';
export { type Capacity, type SumContext, computeCapacity, sumBalances } from './aggregate.js';
export {
  type DeliverableMove,
  type DeliverableMover,
  type DeliverableStatus,
  DELIVERABLE_MOVES,
  DELIVERABLE_STATUSES,
  OPEN_DELIVERABLE_STATUSES,
  canEverMoveTo,
  deliverableMoves,
  findDeliverableMove,
  isDeliverableOverdue,
  moveNeedsComment,
} from './deliverables.js';
export { type Alert, type AlertInput, type AlertKind, type ClientAlertInput, type Severity, RETAINER_ENDING_WITHIN_DAYS, buildAlerts } from './alerts.js';
export { formatDateLong, formatDays, formatDuration, minutesToDays } from './format.js';
export { currencyCodes, currencyMinorUnits, formatMinor, isCurrencyCode, parseCurrencyCode, parseMinor } from './currency.js';
export { countryCodes, isCountryCode, parseCountryCode } from './countries.js';
export {
  type InvoiceAmounts,
  type InvoiceDraft,
  type InvoiceDraftInput,
  type InvoiceLineDraft,
  type InvoiceRetainer,
  type InvoiceStatus,
  type UnitCode,
  type VatBreakdown,
  REVERSE_CHARGE_NOTE,
  buildInvoiceDraft,
  creditNoteFrom,
  formatInvoiceNumber,
  formatQuantity,
  invoiceAmounts,
  invoiceDueDate,
  invoiceLine,
  isInvoiceOverdue,
} from './invoice.js';
export {
  type ChainBreak,
  type ChainState,
  type ChainVerification,
  type ChainedLogEntry,
  type HashableLogEntry,
  GENESIS_HASH,
  canonicalJson,
  chainVerification,
  extendChain,
  hashLogEntry,
  startChain,
  verifyChain,
} from './log-hash.js';
