// The dashboard's alert list: what a leader should look at this month, most urgent first, each
// worded to be understood without opening anything ("Northwind Robotics is 1.5 days over its
// April allocation").

import { daysBetween, parseIsoDate, type IsoDate } from './dates.js';
import { formatDateLong, formatDays, formatDuration, plural } from './format.js';
import { formatMonthLong, lastDayOfMonth, monthName, parseMonth, type Month } from './months.js';
import type { Capacity } from './aggregate.js';
import type { MonthBalance } from './balance.js';
import { workingDaysElapsed, workingDaysInMonth } from './working-days.js';

export type AlertKind = 'OVER_CAPACITY' | 'OVERAGE' | 'AT_RISK' | 'UNDER_USED' | 'DELIVERABLE_OVERDUE' | 'ACTION_ITEM_OVERDUE' | 'RETAINER_ENDING';

export type Severity = 'INFO' | 'WARNING' | 'CRITICAL';

export interface Alert {
  readonly kind: AlertKind;
  readonly severity: Severity;
  /** Null for the leader's own alerts (capacity). */
  readonly clientId: string | null;
  readonly message: string;
}

export interface ClientAlertInput {
  readonly clientId: string;
  readonly clientName: string;
  /** The client's summed balance for the month; null when no retainer is active. */
  readonly balance: MonthBalance | null;
  readonly retainers?: readonly { readonly title: string; readonly endMonth?: Month | null }[];
  readonly overdueDeliverables?: number;
  readonly overdueActionItems?: number;
}

export interface AlertInput {
  readonly month: Month;
  readonly today: IsoDate;
  readonly minutesPerDay: number;
  /** Null for a client viewer, who is not shown the leader's capacity. */
  readonly capacity?: Capacity | null;
  readonly clients: readonly ClientAlertInput[];
}

/** Retainers ending within this many days are announced. */
export const RETAINER_ENDING_WITHIN_DAYS = 60;

const SEVERITY_ORDER: Record<Severity, number> = { CRITICAL: 0, WARNING: 1, INFO: 2 };

/** Every alert for the month, CRITICAL first; within a severity, in the order of the input. */
export function buildAlerts(input: AlertInput): Alert[] {
  parseMonth(input.month, 'month');
  parseIsoDate(input.today, 'today');
  const alerts = [...capacityAlerts(input), ...input.clients.flatMap((client) => clientAlerts(client, input))];
  return alerts.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function capacityAlerts({ capacity, month, minutesPerDay, today }: AlertInput): Alert[] {
  if (capacity == null) return [];
  const limit = capacity.capacityMinutes;
  const days = (minutes: number) => formatDays(minutes, minutesPerDay);
  const when = monthLabel(month, today);
  const ofCapacity = `against a capacity of ${days(limit)}`;
  if (capacity.usedMinutes > limit) {
    return [leaderAlert('CRITICAL', `You have worked ${days(capacity.usedMinutes)} in ${when} ${ofCapacity}`)];
  }
  if (capacity.projectedUsedMinutes > limit) {
    return [leaderAlert('CRITICAL', `At this pace you will work ${days(capacity.projectedUsedMinutes)} in ${when} ${ofCapacity}`)];
  }
  if (capacity.allocatedMinutes > limit) {
    return [leaderAlert('WARNING', `You have sold ${days(capacity.allocatedMinutes)} in ${when} ${ofCapacity}`)];
  }
  return [];
}

function leaderAlert(severity: Severity, message: string): Alert {
  return { kind: 'OVER_CAPACITY', severity, clientId: null, message };
}

function clientAlerts(client: ClientAlertInput, input: AlertInput): Alert[] {
  const name = client.clientName;
  const found: AlertArgs[] = [];
  const balanceAlert = client.balance && balanceAlertOf(name, client.balance, input);
  if (balanceAlert) found.push(balanceAlert);
  found.push(...endingAlerts(client, input.today));
  const deliverables = client.overdueDeliverables ?? 0;
  if (deliverables > 0) {
    found.push(['DELIVERABLE_OVERDUE', 'WARNING', `${name} has ${plural(deliverables, 'overdue deliverable')}`]);
  }
  const actionItems = client.overdueActionItems ?? 0;
  if (actionItems > 0) {
    found.push(['ACTION_ITEM_OVERDUE', 'INFO', `${name} has ${plural(actionItems, 'overdue action item')}`]);
  }
  return found.map(([kind, severity, message]) => ({ kind, severity, clientId: client.clientId, message }));
}

type AlertArgs = [AlertKind, Severity, string];

/** At most one balance alert per client: an overage outranks a risk, which outranks under-use. */
function balanceAlertOf(name: string, balance: MonthBalance, { today, minutesPerDay }: AlertInput): AlertArgs | null {
  const days = (minutes: number) => formatDays(minutes, minutesPerDay);
  const month = balance.month;
  const when = monthLabel(month, today);
  if (balance.overageMinutes > 0) {
    const over = formatDuration(balance.overageMinutes, minutesPerDay);
    return ['OVERAGE', 'CRITICAL', `${name} is ${over} over its ${when} allocation`];
  }
  if (balance.status === 'AT_RISK') {
    const pace = `${days(balance.projectedUsedMinutes)} of the ${days(balance.availableMinutes)} available`;
    return ['AT_RISK', 'WARNING', `${name} is on pace to use ${pace} in ${when}`];
  }
  if (balance.status !== 'UNDER_USED') return null;
  const share = `${days(balance.usedMinutes)} of ${days(balance.availableMinutes)}`;
  if (month < today.slice(0, 7)) return ['UNDER_USED', 'INFO', `${name} used only ${share} in ${when}`];
  const left = plural(workingDaysInMonth(month) - workingDaysElapsed(month, today), 'working day');
  return ['UNDER_USED', 'INFO', `${name} has used only ${share} in ${when}, with ${left} left`];
}

function endingAlerts({ clientName, retainers }: ClientAlertInput, today: IsoDate): AlertArgs[] {
  return (retainers ?? []).flatMap(({ title, endMonth }): AlertArgs[] => {
    if (endMonth == null) return [];
    const lastDay = lastDayOfMonth(endMonth);
    const daysLeft = daysBetween(today, lastDay);
    if (daysLeft < 0 || daysLeft > RETAINER_ENDING_WITHIN_DAYS) return [];
    const when = daysLeft === 0 ? 'today' : `on ${formatDateLong(lastDay)}, in ${plural(daysLeft, 'day')}`;
    const severity = daysLeft <= 30 ? 'WARNING' : 'INFO';
    return [['RETAINER_ENDING', severity, `The ${title} retainer with ${clientName} ends ${when}`]];
  });
}

/** "April" within the current year, "April 2025" otherwise. */
function monthLabel(month: Month, today: IsoDate): string {
  return month.slice(0, 4) === today.slice(0, 4) ? monthName(month) : formatMonthLong(month);
}
