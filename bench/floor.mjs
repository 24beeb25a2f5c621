// The floor: the leader's dashboard computed without the server — the minimal SQL for the
// month's data through `pg`, then the same libs/domain calls the API makes (computeBalances per
// active retainer, sumBalances per client, computeCapacity, buildAlerts). No HTTP, GraphQL,
// NestJS, TypeORM, transaction or row-level security: what the dashboard cannot be cheaper than.
//
// The naive way is the same computation with each retainer's usage aggregated straight from
// time_entries (SUM … GROUP BY) instead of read from the retainer_month_usage rollup.
import { buildAlerts, computeBalances, computeCapacity, dateInTimeZone, isActiveMonth, sumBalances } from '@allot/domain';

const USAGE_FROM_ROLLUP = `
  SELECT retainer_id, month, billable_minutes AS minutes FROM retainer_month_usage
   WHERE workspace_id = $1 AND retainer_id = ANY($2::uuid[]) AND month <= $3`;

const USAGE_FROM_TIME_ENTRIES = `
  SELECT retainer_id, to_char(date, 'YYYY-MM') AS month, sum(minutes)::int AS minutes FROM time_entries
   WHERE workspace_id = $1 AND retainer_id = ANY($2::uuid[]) AND billable AND date < ($3 || '-01')::date + interval '1 month'
   GROUP BY 1, 2`;

/**
 * The dashboard of `month` for the workspace, from one pg client. `usage` picks the rollup or the
 * naive aggregation. Returns what the API's dashboard returns (client ids and names, balances,
 * counts, meetings, capacity, alerts).
 */
export async function floorDashboard(pg, workspaceId, month, usage = 'rollup') {
  const q = async (sql, params) => (await pg.query(sql, params)).rows;
  const [workspace] = await q(`SELECT minutes_per_day, capacity_days_per_month::float8 AS capacity, timezone FROM workspaces WHERE id = $1`, [workspaceId]);
  const today = dateInTimeZone(new Date(), workspace.timezone);
  const clients = await q(`SELECT id, name, locked_through_month FROM clients WHERE workspace_id = $1 AND NOT archived ORDER BY lower(name), id`, [
    workspaceId,
  ]);
  const retainers = await q(
    `SELECT id, client_id, title, start_month, end_month, rollover, rollover_cap_days::float8 AS cap, rollover_expiry_months AS expiry, overage
       FROM retainers WHERE workspace_id = $1 ORDER BY start_month, created_at, id`,
    [workspaceId],
  );
  const active = retainers.filter((r) => isActiveMonth({ startMonth: r.start_month, endMonth: r.end_month }, month));
  const activeIds = active.map((r) => r.id);
  const amendments = await q(
    `SELECT retainer_id, effective_month, days_per_month::float8 AS days, monthly_fee_minor::float8 AS fee FROM allocation_amendments
      WHERE workspace_id = $1 AND retainer_id = ANY($2::uuid[]) AND effective_month <= $3 ORDER BY effective_month`,
    [workspaceId, activeIds, month],
  );
  const adjustments = await q(
    `SELECT retainer_id, month, days::float8 AS days FROM allocation_adjustments
      WHERE workspace_id = $1 AND retainer_id = ANY($2::uuid[]) AND month <= $3 ORDER BY month, created_at, id`,
    [workspaceId, activeIds, month],
  );
  const used = await q(usage === 'naive' ? USAGE_FROM_TIME_ENTRIES : USAGE_FROM_ROLLUP, [workspaceId, activeIds, month]);
  const actionItems = await q(
    `SELECT a.client_id, count(*)::int AS open, count(*) FILTER (WHERE a.due_date < $2::date)::int AS overdue
       FROM action_item_states a
      WHERE a.workspace_id = $1 AND a.status = 'OPEN'
      GROUP BY a.client_id`,
    [workspaceId, today],
  );
  const overdue = await q(
    `SELECT client_id, count(*)::int AS n FROM deliverables
      WHERE workspace_id = $1 AND due_date < $2::date AND status IN ('PLANNED', 'IN_PROGRESS') GROUP BY client_id`,
    [workspaceId, today],
  );
  const meetings = await q(
    `SELECT c.id AS client_id, last.id AS last_id, last.title AS last_title, last.starts_at AS last_starts_at,
            next.id AS next_id, next.title AS next_title, next.starts_at AS next_starts_at
       FROM unnest($2::uuid[]) AS c(id)
       LEFT JOIN LATERAL (SELECT id, title, starts_at FROM meetings m WHERE m.workspace_id = $1 AND m.client_id = c.id AND m.status = 'HELD'
                           AND m.starts_at <= now() ORDER BY m.starts_at DESC LIMIT 1) last ON true
       LEFT JOIN LATERAL (SELECT id, title, starts_at FROM meetings m WHERE m.workspace_id = $1 AND m.client_id = c.id AND m.status = 'SCHEDULED'
                           AND m.starts_at >= now() ORDER BY m.starts_at ASC LIMIT 1) next ON true`,
    [workspaceId, clients.map((c) => c.id)],
  );

  // The domain, exactly as the API calls it.
  const minutesPerDay = workspace.minutes_per_day;
  const lockOf = new Map(clients.map((c) => [c.id, c.locked_through_month]));
  const group = (rows, key) => {
    const map = new Map();
    for (const row of rows) {
      const list = map.get(row[key]);
      if (list) list.push(row);
      else map.set(row[key], [row]);
    }
    return map;
  };
  const amendmentsOf = group(amendments, 'retainer_id');
  const adjustmentsOf = group(adjustments, 'retainer_id');
  const usageOf = group(used, 'retainer_id');
  const balanceOf = new Map();
  for (const r of active) {
    const [balance] = computeBalances({
      terms: {
        startMonth: r.start_month,
        endMonth: r.end_month,
        amendments: (amendmentsOf.get(r.id) ?? []).map((a) => ({ effectiveMonth: a.effective_month, daysPerMonth: a.days, monthlyFeeMinor: a.fee })),
        adjustments: (adjustmentsOf.get(r.id) ?? []).map((a) => ({ month: a.month, days: a.days })),
        rollover: r.rollover,
        rolloverCapDays: r.cap,
        rolloverExpiryMonths: r.expiry,
        overage: r.overage,
      },
      usedMinutesByMonth: new Map((usageOf.get(r.id) ?? []).map((u) => [u.month, u.minutes])),
      minutesPerDay,
      from: month,
      to: month,
      today,
      lockedThrough: lockOf.get(r.client_id) ?? null,
    });
    balanceOf.set(r.id, balance);
  }
  const activeOf = group(active, 'client_id');
  const retainersOf = group(retainers, 'client_id');
  const items = new Map();
  for (const row of actionItems) items.set(row.client_id, { open: row.open, overdue: row.overdue });
  const overdueOf = new Map(overdue.map((row) => [row.client_id, row.n]));
  const meetingsOf = new Map(meetings.map((row) => [row.client_id, row]));
  const summaries = clients.map((client) => {
    const meeting = meetingsOf.get(client.id);
    return {
      client: { id: client.id, name: client.name },
      balance: sumBalances(
        (activeOf.get(client.id) ?? []).map((r) => balanceOf.get(r.id)),
        {
          month,
          minutesPerDay,
          today,
          lockedThrough: client.locked_through_month,
        },
      ),
      hasActiveRetainer: activeOf.has(client.id),
      openActionItems: items.get(client.id)?.open ?? 0,
      overdueDeliverables: overdueOf.get(client.id) ?? 0,
      lastMeeting: meeting?.last_id ? { id: meeting.last_id, title: meeting.last_title, startsAt: meeting.last_starts_at.toISOString() } : null,
      nextMeeting: meeting?.next_id ? { id: meeting.next_id, title: meeting.next_title, startsAt: meeting.next_starts_at.toISOString() } : null,
    };
  });
  const capacity = computeCapacity(
    workspace.capacity,
    minutesPerDay,
    summaries.map((s) => s.balance),
  );
  const alerts = buildAlerts({
    month,
    today,
    minutesPerDay,
    capacity,
    clients: summaries.map((s) => ({
      clientId: s.client.id,
      clientName: s.client.name,
      balance: s.balance.availableMinutes > 0 || s.balance.usedMinutes > 0 ? s.balance : null,
      retainers: (retainersOf.get(s.client.id) ?? []).map((r) => ({ title: r.title, endMonth: r.end_month })),
      overdueDeliverables: s.overdueDeliverables,
      overdueActionItems: items.get(s.client.id)?.overdue ?? 0,
    })),
  });
  // Serialised like a response, so the floor pays for producing the same bytes.
  return JSON.parse(
    JSON.stringify({ month, capacity, clients: summaries, alerts: alerts.map(({ kind, severity, message }) => ({ kind, severity, message })) }),
  );
}
