// Seeds a benchmark workspace with SQL bulk inserts (INSERT … SELECT FROM unnest of one array per
// column, thousands of rows a statement), keeping every invariant the API keeps itself:
//   - retainer_month_usage equals the billable minutes of the time entries, per retainer and month;
//   - each client's accountability log is a valid hash chain (hashLogEntry of libs/domain); the
//     database's own triggers check every link and advance the log_heads row as each entry goes in;
//   - every HELD meeting has its MEETING time entry, and nothing else has one;
//   - past months carry issued invoices computed by libs/domain (buildInvoiceDraft from the
//     balances), numbered gaplessly per issue year, and each client is locked through the
//     last invoiced month, exactly as issuing would leave it.
//
// The large workspace and its small twin share one structure (clients, retainers, allocations,
// meetings, deliverables, log and the billable minutes of every retainer and month, all drawn
// from the same seeded random sequence); only the number of time entries those minutes are split
// into differs. So their dashboards show the same figures, and any difference in cost comes from
// the number of time entries alone.
import { randomUUID } from 'node:crypto';
import {
  GENESIS_HASH,
  addDays,
  addMonths,
  allocatedMinutes,
  buildInvoiceDraft,
  computeBalances,
  dateInTimeZone,
  daysInMonth,
  formatInvoiceNumber,
  hashLogEntry,
  invoiceDueDate,
  isActiveMonth,
  isoWeekday,
  monthRange,
  workingDaysElapsed,
  workingDaysInMonth,
} from '@allot/domain';

export const MINUTES_PER_DAY = 480;
export const TIMEZONE = 'Europe/Berlin';

/** What a workspace holds. BENCH_SCALE shrinks the row counts (not clients, retainers or months). */
export function workspaceSpec(label, timeEntries, scale = 1) {
  return {
    label,
    clients: 40,
    retainers: 60,
    months: 60,
    timeEntries: Math.round(timeEntries * scale),
    meetings: Math.round(20_000 * scale),
    deliverables: Math.round(10_000 * scale),
    logEntries: Math.round(50_000 * scale),
  };
}

// --- Deterministic randomness ----------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tools(rng) {
  const int = (min, max) => min + Math.floor(rng() * (max - min + 1));
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const weighted = (pairs) => {
    let r = rng() * pairs.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, weight] of pairs) {
      r -= weight;
      if (r < 0) return value;
    }
    return pairs[pairs.length - 1][0];
  };
  return { rng, int, pick, weighted };
}

// --- Vocabulary ------------------------------------------------------------------------------

const NAMES = [
  'Northwind',
  'Helios',
  'Quarry',
  'Bluefin',
  'Cedar',
  'Aurora',
  'Basalt',
  'Cobalt',
  'Driftwood',
  'Ember',
  'Fjord',
  'Granite',
  'Harbor',
  'Indigo',
  'Juniper',
  'Kestrel',
  'Lumen',
  'Meridian',
  'Nimbus',
  'Orchid',
];
const SECTORS = ['Robotics', 'Health', 'Analytics', 'Logistics', 'Foods', 'Energy', 'Finance', 'Mobility', 'Retail', 'Labs'];
const COUNTRIES = [
  { country: 'DE', city: 'Berlin', postal: '10115', form: 'GmbH' },
  { country: 'DE', city: 'München', postal: '80331', form: 'GmbH' },
  { country: 'NL', city: 'Amsterdam', postal: '1016 DV', form: 'B.V.' },
  { country: 'FR', city: 'Paris', postal: '75002', form: 'SAS' },
  { country: 'AT', city: 'Wien', postal: '1010', form: 'GmbH' },
  { country: 'BE', city: 'Bruxelles', postal: '1000', form: 'SRL' },
  { country: 'GB', city: 'London', postal: 'E1 8EU', form: 'Ltd' },
  { country: 'DE', city: 'Hamburg', postal: '20095', form: 'GmbH' },
];
const MEETING_KINDS = [
  ['LEADERSHIP', 'Leadership sync'],
  ['BOARD', 'Board meeting'],
  ['ONE_ON_ONE', '1:1 with the CEO'],
  ['WORKSHOP', 'Architecture workshop'],
  ['STEERING', 'Steering committee'],
  ['OTHER', 'Vendor review'],
];
const WORK = [
  'Roadmap review',
  'Hiring plan for the platform team',
  'Vendor due diligence',
  'Incident post-mortem',
  'Cloud cost review',
  'Security questionnaire',
  'Architecture decision record',
  'Board deck: technology section',
  'Interview: senior engineer',
  'Data strategy draft',
  'Budget for next quarter',
  'Team offsite preparation',
];
const TOPICS = [
  'the data platform',
  'the mobile app',
  'SOC 2',
  'the ERP migration',
  'on-call',
  'the AI pilot',
  'pricing',
  'the API',
  'hiring',
  'the cloud bill',
];

// --- Planning: the rows of one workspace, in memory --------------------------------------------

/**
 * Plans every row of a workspace. `ids` carries the workspace, its leader (from signUp) and the
 * password hash to give the other users; `today` is the workspace's date today.
 */
export function planWorkspace(spec, { workspaceId, leaderId, leaderName, passwordHash, emailDomain, now = new Date() }) {
  const structure = tools(mulberry32(20260401));
  const split = tools(mulberry32(spec.timeEntries));
  const { int, pick, weighted, rng } = structure;
  const today = dateInTimeZone(now, TIMEZONE);
  const currentMonth = today.slice(0, 7);
  const firstMonth = addMonths(currentMonth, -(spec.months - 1));
  const lockedThrough = addMonths(currentMonth, -2);
  const months = monthRange(firstMonth, currentMonth);
  const rows = {};

  // Users: an accountant and one CEO per client, all with the leader's password.
  const accountantId = randomUUID();
  rows.users = [[accountantId, `accountant@${emailDomain}`, 'Avery Accountant', passwordHash]];
  rows.memberships = [[randomUUID(), workspaceId, accountantId, 'ACCOUNTANT', null]];

  // Clients.
  const clients = [];
  for (let i = 0; i < spec.clients; i++) {
    const place = COUNTRIES[i % COUNTRIES.length];
    const name = `${NAMES[i % NAMES.length]} ${SECTORS[(i * 7 + Math.floor(i / NAMES.length)) % SECTORS.length]}`;
    const ceoId = randomUUID();
    const client = {
      id: randomUUID(),
      index: i,
      name,
      legalName: `${name} ${place.form}`,
      country: place.country,
      city: place.city,
      postal: place.postal,
      address: `${int(1, 180)} ${pick(['Main Street', 'Hauptstraße', 'Keizersgracht', 'Rue de la Paix', 'Ringstraße'])}`,
      vatId: `${place.country}${String(100000000 + i * 7919).slice(0, 9)}`,
      currency: place.country === 'GB' ? 'GBP' : 'EUR',
      ceoId,
      ceoName: `${pick(['Alex', 'Sam', 'Robin', 'Kim', 'Noa', 'Jules', 'Maria', 'Jan'])} ${pick(['Berg', 'Novak', 'Dubois', 'Smith', 'Rossi', 'Jansen'])}`,
    };
    clients.push(client);
    rows.users.push([ceoId, `ceo${i + 1}@${emailDomain}`, client.ceoName, passwordHash]);
    rows.memberships.push([randomUUID(), workspaceId, ceoId, 'CLIENT_VIEWER', client.id]);
  }
  rows.clients = clients.map((c) => [
    c.id,
    workspaceId,
    c.name,
    c.legalName,
    c.address,
    c.city,
    c.postal,
    c.country,
    c.vatId,
    `billing${c.index + 1}@${emailDomain}`,
    c.currency,
  ]);

  // Retainers: one open-ended main retainer per client from the first month, and a second one
  // for the first clients (some ended, some ending soon, some open).
  const retainers = [];
  for (let r = 0; r < spec.retainers; r++) {
    const main = r < spec.clients;
    const client = clients[main ? r : (r - spec.clients) % spec.clients];
    const k = r - spec.clients;
    const startMonth = main ? firstMonth : addMonths(firstMonth, int(3, 36));
    let endMonth = null;
    if (!main && k % 3 === 1) endMonth = addMonths(startMonth, int(10, 18));
    if (!main && k % 3 === 2) endMonth = addMonths(currentMonth, 1);
    if (endMonth && endMonth >= currentMonth && k % 3 === 1) endMonth = addMonths(currentMonth, -3);
    const carry = r % 2 === 0;
    const days = main ? pick([2, 2.5, 3, 3.5, 4]) : pick([1, 1.5, 2]);
    const domestic = client.country === 'DE';
    const eu = !['DE', 'GB'].includes(client.country);
    const retainer = {
      id: randomUUID(),
      index: r,
      client,
      title: main ? pick(['Fractional CTO', 'Fractional CTO', 'Fractional CIO']) : pick(['Fractional Chief AI Officer', 'Advisory board seat']),
      role: main ? 'CTO' : pick(['CAIO', 'ADVISOR']),
      startMonth,
      endMonth,
      rollover: carry ? 'CARRY_FORWARD' : 'NONE',
      rolloverCapDays: carry && r % 4 === 0 ? 2 : null,
      rolloverExpiryMonths: carry && r % 4 === 2 ? 3 : null,
      overage: r % 5 < 3 ? 'BILL' : 'ABSORB',
      overageDayRateMinor: 150_000,
      vatRatePercent: domestic ? 19 : 0,
      reverseCharge: eu,
      paymentTermsDays: pick([14, 30]),
      amendments: [{ effectiveMonth: startMonth, daysPerMonth: days, monthlyFeeMinor: days * 120_000 }],
      adjustments: [],
    };
    const lastMonth = endMonth && endMonth < currentMonth ? endMonth : currentMonth;
    const span = monthRange(startMonth, lastMonth);
    if (span.length > 14) {
      const changed = Math.max(0.5, days + pick([-0.5, 0.5, 1]));
      retainer.amendments.push({ effectiveMonth: span[int(12, span.length - 2)], daysPerMonth: changed, monthlyFeeMinor: changed * 120_000 });
    }
    for (let a = 0; a < 2 && span.length > 3; a++) {
      const month = span[int(1, span.length - 2)];
      if (!retainer.adjustments.some((adj) => adj.month === month)) retainer.adjustments.push({ month, days: pick([0.5, 1, 2]) });
    }
    retainer.adjustments.sort((a, b) => (a.month < b.month ? -1 : 1));
    retainer.terms = {
      startMonth,
      endMonth,
      amendments: retainer.amendments,
      adjustments: retainer.adjustments,
      rollover: retainer.rollover,
      rolloverCapDays: retainer.rolloverCapDays,
      rolloverExpiryMonths: retainer.rolloverExpiryMonths,
      overage: retainer.overage,
    };
    retainers.push(retainer);
    client.retainers = [...(client.retainers ?? []), retainer];
  }
  rows.retainers = retainers.map((r) => [
    r.id,
    workspaceId,
    r.client.id,
    r.title,
    r.role,
    r.startMonth,
    r.endMonth,
    r.rollover,
    r.rolloverCapDays,
    r.rolloverExpiryMonths,
    r.overage,
    r.overageDayRateMinor,
    r.vatRatePercent,
    r.reverseCharge,
    r.paymentTermsDays,
  ]);
  rows.amendments = retainers.flatMap((r) =>
    r.amendments.map((a) => [randomUUID(), workspaceId, r.client.id, r.id, a.effectiveMonth, a.daysPerMonth, a.monthlyFeeMinor, leaderId]),
  );
  rows.adjustments = retainers.flatMap((r) =>
    r.adjustments.map((a) => [randomUUID(), workspaceId, r.client.id, r.id, a.month, a.days, 'Board off-site and planning days', leaderId]),
  );

  // Target billable minutes of every active retainer month, the same in both twins.
  const elapsedShare = workingDaysInMonth(currentMonth) > 0 ? workingDaysElapsed(currentMonth, today) / workingDaysInMonth(currentMonth) : 0;
  const slots = [];
  const slotOf = new Map();
  for (const r of retainers) {
    for (const month of months) {
      if (!isActiveMonth(r.terms, month)) continue;
      let target = Math.round(allocatedMinutes(r.terms, month, MINUTES_PER_DAY) * (0.5 + rng() * 0.75));
      if (month === currentMonth) target = Math.round(target * elapsedShare);
      const slot = { retainer: r, month, target, meetingMinutes: 0, entries: 0 };
      slots.push(slot);
      slotOf.set(`${r.index}|${month}`, slot);
    }
  }

  // Weekdays of each month up to today: where time is logged.
  const workdays = new Map(
    months.map((month) => {
      const days = [];
      for (let d = 1; d <= daysInMonth(month); d++) {
        const date = `${month}-${String(d).padStart(2, '0')}`;
        if (date <= today && isoWeekday(date) <= 5) days.push(date);
      }
      if (days.length === 0) days.push(month === currentMonth ? today : `${month}-01`);
      return [month, days];
    }),
  );

  // Deliverables.
  const startMs = Date.parse(`${firstMonth}-01T08:00:00Z`);
  const nowMs = now.getTime();
  const DAY = 86_400_000;
  const iso = (ms) => new Date(ms).toISOString();
  rows.deliverables = [];
  const deliverablesOf = new Map(clients.map((c) => [c.id, []]));
  for (let i = 0; i < spec.deliverables; i++) {
    const client = clients[i % clients.length];
    const dueMs = startMs + rng() * (nowMs + 90 * DAY - startMs);
    const due = iso(dueMs).slice(0, 10);
    const ageDays = (nowMs - dueMs) / DAY;
    let status;
    if (ageDays < 0)
      status = weighted([
        ['PLANNED', 6],
        ['IN_PROGRESS', 4],
      ]);
    else if (ageDays > 180)
      status = weighted([
        ['ACCEPTED', 85],
        ['CANCELLED', 10],
        ['DELIVERED', 5],
      ]);
    else
      status = weighted([
        ['ACCEPTED', 55],
        ['DELIVERED', 15],
        ['CANCELLED', 5],
        ['IN_PROGRESS', 15],
        ['PLANNED', 10],
      ]);
    const deliveredMs = Math.min(dueMs - rng() * 5 * DAY, nowMs - DAY);
    const delivered = status === 'DELIVERED' || status === 'ACCEPTED' ? iso(deliveredMs) : null;
    const accepted = status === 'ACCEPTED' ? iso(Math.min(deliveredMs + 2 * DAY, nowMs - 1000)) : null;
    const id = randomUUID();
    const main = client.retainers[0];
    rows.deliverables.push([
      id,
      workspaceId,
      client.id,
      main.id,
      `${pick(WORK)} #${i + 1}`,
      `Scope: ${pick(TOPICS)}.`,
      due,
      status,
      delivered,
      accepted,
      iso(Math.max(startMs, dueMs - 40 * DAY)),
    ]);
    deliverablesOf.get(client.id).push(id);
  }

  // Meetings: mostly past (HELD, or CANCELLED), a few upcoming. A HELD meeting logs its time.
  rows.meetings = [];
  rows.privateNotes = [];
  const timeEntries = [];
  const addEntry = (slot, date, minutes, category, description, billable, meetingId = null, deliverableId = null, id = randomUUID()) => {
    const r = slot.retainer;
    const createdAt = iso(Date.parse(`${date}T16:00:00Z`) + Math.floor(split.rng() * 3_600_000));
    timeEntries.push([id, workspaceId, r.client.id, r.id, date, minutes, category, description, billable, meetingId, deliverableId, leaderId, createdAt]);
    slot.entries++;
    return id;
  };
  const upcomingPerClient = Math.max(1, Math.round(spec.meetings / clients.length / 50));
  for (let i = 0; i < spec.meetings; i++) {
    const client = clients[i % clients.length];
    const upcoming = Math.floor(i / clients.length) < upcomingPerClient;
    let start = upcoming ? nowMs + (1 + rng() * 45) * DAY : startMs + rng() * (nowMs - 3 * 3_600_000 - startMs);
    start = Math.floor(start / 900_000) * 900_000; // on the quarter hour
    const weekday = new Date(start).getUTCDay();
    if (weekday === 0 || weekday === 6) start += (weekday === 6 ? 2 : 1) * DAY;
    if (!upcoming && start > nowMs - 3 * 3_600_000) start -= 7 * DAY;
    const duration = pick([30, 45, 60, 60, 90, 120]);
    const [kind, title] = pick(MEETING_KINDS);
    const status = upcoming ? 'SCHEDULED' : rng() < 0.85 ? 'HELD' : 'CANCELLED';
    const id = randomUUID();
    let timeEntryId = null;
    const startsAt = iso(start);
    const endsAt = iso(start + duration * 60_000);
    if (status === 'HELD') {
      const date = dateInTimeZone(new Date(start), TIMEZONE);
      const month = date.slice(0, 7);
      const active = client.retainers.filter((r) => isActiveMonth(r.terms, month));
      const slot = slotOf.get(`${active[i % active.length].index}|${month}`);
      timeEntryId = randomUUID();
      addEntry(slot, date, duration, 'MEETING', `${title}: ${pick(TOPICS)}`, true, id, null, timeEntryId);
      slot.meetingMinutes += duration;
    }
    rows.meetings.push([
      id,
      workspaceId,
      client.id,
      kind,
      `${title} — ${pick(TOPICS)}`,
      startsAt,
      endsAt,
      status,
      `{"${client.ceoName}","${leaderName.replace(/["\\]/g, '')}"}`,
      `1. Status\n2. ${pick(WORK)}\n3. Next steps`,
      status === 'HELD' ? `We agreed on next steps for ${pick(TOPICS)}.` : '',
      timeEntryId,
      status === 'HELD' ? iso(start + duration * 60_000 + 3_600_000) : null,
      iso(Math.max(startMs, start - 14 * DAY)),
    ]);
    if (status === 'HELD' && rng() < 0.3) rows.privateNotes.push([id, workspaceId, `Private: watch ${pick(TOPICS)}.`]);
  }
  const meetingEntries = timeEntries.length;

  // The rest of the time: each slot's remaining billable minutes split over as many entries as
  // this twin's budget allows (at most a day each), plus non-billable entries.
  const budget = Math.max(0, spec.timeEntries - meetingEntries);
  const billableBudget = Math.round(budget * 0.92);
  const remaining = slots.map((slot) => Math.max(0, slot.target - slot.meetingMinutes));
  const totalRemaining = remaining.reduce((a, b) => a + b, 0) || 1;
  const counts = remaining.map((minutes) => {
    if (minutes === 0) return 0;
    const share = (billableBudget * minutes) / totalRemaining;
    return Math.min(minutes, Math.max(Math.ceil(minutes / 1440), Math.floor(share)));
  });
  let left = billableBudget - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0 && i < slots.length * 4; i++) {
    const s = i % slots.length;
    if (counts[s] < remaining[s]) {
      counts[s]++;
      left--;
    }
  }
  const categoryOf = () =>
    split.weighted([
      ['ADVISORY', 35],
      ['ASYNC', 25],
      ['DELIVERABLE', 25],
      ['TRAVEL', 5],
      ['OTHER', 10],
    ]);
  slots.forEach((slot, s) => {
    const k = counts[s];
    if (k === 0) return;
    const parts = new Array(k).fill(Math.floor(remaining[s] / k));
    for (let i = 0; i < remaining[s] % k; i++) parts[i]++;
    for (let i = 0; i + 1 < k; i += 2) {
      const move = Math.floor(split.rng() * Math.min(parts[i] - 1, 1440 - parts[i + 1], parts[i] / 2));
      parts[i] -= move;
      parts[i + 1] += move;
    }
    const days = workdays.get(slot.month);
    const ds = deliverablesOf.get(slot.retainer.client.id);
    for (const minutes of parts) {
      const category = categoryOf();
      const deliverableId = category === 'DELIVERABLE' && ds.length > 0 ? ds[Math.floor(split.rng() * ds.length)] : null;
      addEntry(
        slot,
        days[Math.floor(split.rng() * days.length)],
        minutes,
        category,
        `${WORK[Math.floor(split.rng() * WORK.length)]}`,
        true,
        null,
        deliverableId,
      );
    }
  });
  const nonBillable = Math.max(0, spec.timeEntries - timeEntries.length);
  for (let i = 0; i < nonBillable; i++) {
    const slot = slots[Math.floor(split.rng() * slots.length)];
    const days = workdays.get(slot.month);
    addEntry(slot, days[Math.floor(split.rng() * days.length)], 15 + Math.floor(split.rng() * 106), 'OTHER', 'Internal notes (not billed)', false);
  }
  rows.timeEntries = timeEntries;

  // The usage rollup: billable minutes per retainer and month, from the entries themselves.
  const usage = new Map();
  for (const entry of timeEntries) {
    if (!entry[8]) continue;
    const key = `${entry[3]}|${entry[4].slice(0, 7)}`;
    usage.set(key, (usage.get(key) ?? 0) + entry[5]);
  }
  rows.usage = [...usage.entries()].map(([key, minutes]) => {
    const [retainerId, month] = key.split('|');
    const r = retainers.find((x) => x.id === retainerId);
    return [workspaceId, r.client.id, retainerId, month, minutes];
  });
  const usageByRetainer = new Map(retainers.map((r) => [r.id, new Map()]));
  for (const [, , retainerId, month, minutes] of rows.usage) usageByRetainer.get(retainerId).set(month, minutes);

  // The accountability log: a valid hash chain per client, in time order. Its head (log_heads) is
  // written by the database's trigger in the same statements, as it is for the app.
  rows.log = [];
  for (const [c, client] of clients.entries()) {
    const count = Math.floor(spec.logEntries / clients.length) + (c < spec.logEntries % clients.length ? 1 : 0);
    const times = Array.from({ length: count }, () => Math.floor(startMs + rng() * (nowMs - 3_600_000 - startMs))).sort((a, b) => a - b);
    const open = [];
    let prevHash = GENESIS_HASH;
    for (let seq = 1; seq <= count; seq++) {
      const occurredAt = new Date(times[seq - 1]);
      let kind = weighted([
        ['ACTION_ITEM', 22],
        ['STATUS_CHANGE', 17],
        ['DECISION', 20],
        ['NOTE', 10],
        ['RISK', 6],
        ['COMMITMENT', 7],
        ['OUTCOME', 5],
        ['COMMENT', 4],
        ['SYSTEM', 9],
      ]);
      if (kind === 'STATUS_CHANGE' && open.length === 0) kind = 'DECISION';
      const entry = { id: randomUUID(), seq, kind, title: '', body: '', owner: null, dueDate: null, refersToId: null, authorId: leaderId, actionStatus: null };
      const topic = pick(TOPICS);
      switch (kind) {
        case 'ACTION_ITEM':
          entry.title = `${pick(WORK)} (${topic}) #${seq}`;
          entry.owner = rng() < 0.6 ? leaderName : client.ceoName;
          entry.dueDate = addDays(occurredAt.toISOString().slice(0, 10), int(7, 30));
          open.push(entry);
          break;
        case 'STATUS_CHANGE': {
          const [item] = open.splice(Math.floor(rng() * rng() * open.length), 1);
          entry.actionStatus = rng() < 0.9 ? 'DONE' : 'DROPPED';
          entry.title = `${entry.actionStatus === 'DONE' ? 'Done' : 'Dropped'}: ${item.title}`;
          entry.refersToId = item.id;
          break;
        }
        case 'SYSTEM':
          entry.title = `Meeting held: ${pick(MEETING_KINDS)[1]}`;
          entry.authorId = null;
          break;
        case 'COMMENT':
          entry.title = `Comment on ${topic}`;
          entry.body = 'Thanks, looks good to us.';
          entry.authorId = client.ceoId;
          break;
        default:
          entry.title = `${kind[0]}${kind.slice(1).toLowerCase().replace('_', ' ')}: ${topic}`;
          entry.body = `Context and reasoning about ${topic}.`;
      }
      const hash = hashLogEntry(prevHash, { ...entry, clientId: client.id, occurredAt });
      rows.log.push([
        entry.id,
        workspaceId,
        client.id,
        seq,
        kind,
        entry.title,
        entry.body,
        entry.owner,
        entry.dueDate,
        entry.refersToId,
        entry.authorId,
        occurredAt.toISOString(),
        entry.actionStatus,
        prevHash,
        hash,
      ]);
      prevHash = hash;
    }
  }

  // Invoices of every month through lockedThrough, issued at the start of the month after.
  const seller = {
    legalName: 'Bench Advisory GmbH',
    name: 'Bench Advisory',
    addressLine: 'Torstraße 1',
    city: 'Berlin',
    postalCode: '10119',
    country: 'DE',
    vatId: 'DE811111111',
    email: null,
  };
  const overage = new Map();
  for (const r of retainers) {
    const to = r.endMonth && r.endMonth < lockedThrough ? r.endMonth : lockedThrough;
    if (to < r.startMonth) continue;
    const balances = computeBalances({
      terms: r.terms,
      usedMinutesByMonth: usageByRetainer.get(r.id),
      minutesPerDay: MINUTES_PER_DAY,
      from: r.startMonth,
      to,
      today,
    });
    for (const b of balances) overage.set(`${r.id}|${b.month}`, b.overageMinutes);
  }
  const drafts = [];
  for (const month of monthRange(firstMonth, lockedThrough)) {
    let issueDate = `${addMonths(month, 1)}-01`;
    while (isoWeekday(issueDate) > 5) issueDate = addDays(issueDate, 1);
    for (const client of [...clients].sort((a, b) => a.name.localeCompare(b.name))) {
      const active = client.retainers.filter((r) => isActiveMonth(r.terms, month));
      if (active.length === 0) continue;
      const draft = buildInvoiceDraft({
        month,
        currency: client.currency,
        minutesPerDay: MINUTES_PER_DAY,
        retainers: active.map((r) => ({
          title: r.title,
          terms: r.terms,
          overageDayRateMinor: r.overageDayRateMinor,
          vatRatePercent: r.vatRatePercent,
          reverseCharge: r.reverseCharge,
          overageMinutes: overage.get(`${r.id}|${month}`) ?? 0,
        })),
      });
      drafts.push({ client, month, issueDate, draft, terms: Math.min(...active.map((r) => r.paymentTermsDays)) });
    }
  }
  const sequences = new Map();
  rows.invoices = [];
  rows.invoiceLines = [];
  rows.invoiceIssues = [];
  for (const { client, month, issueDate, draft, terms } of drafts) {
    const id = randomUUID();
    const year = Number(issueDate.slice(0, 4));
    const number = formatInvoiceNumber('INV-', year, (sequences.get(year) ?? 0) + 1);
    sequences.set(year, (sequences.get(year) ?? 0) + 1);
    const dueDate = invoiceDueDate(issueDate, terms);
    const paid = addDays(dueDate, 5) < today;
    const paidOn = paid ? addDays(dueDate, -int(0, Math.min(10, terms))) : null;
    const buyer = {
      legalName: client.legalName,
      name: client.name,
      addressLine: client.address,
      city: client.city,
      postalCode: client.postal,
      country: client.country,
      vatId: client.vatId,
      email: `billing${client.index + 1}@${emailDomain}`,
    };
    const issuedAt = `${issueDate}T09:00:00.000Z`;
    rows.invoices.push([
      id,
      workspaceId,
      client.id,
      month,
      client.currency,
      draft.reverseCharge,
      terms,
      draft.netTotalMinor,
      draft.vatTotalMinor,
      draft.grossTotalMinor,
      issuedAt,
    ]);
    draft.lines.forEach((line, index) =>
      rows.invoiceLines.push([
        workspaceId,
        client.id,
        id,
        index + 1,
        line.description,
        line.quantity,
        line.unitCode,
        line.unitPriceMinor,
        line.netMinor,
        line.vatRatePercent,
        line.reverseCharge,
      ]),
    );
    rows.invoiceIssues.push([id, number, issueDate, dueDate, JSON.stringify(seller), JSON.stringify(buyer), issuedAt, paidOn]);
  }
  rows.sequences = [...sequences.entries()].map(([year, last]) => [workspaceId, year, last]);

  return {
    rows,
    seller,
    workspaceId,
    accountantEmail: `accountant@${emailDomain}`,
    today,
    currentMonth,
    firstMonth,
    lockedThrough,
    clients: clients.map((c) => ({ id: c.id, name: c.name })),
    retainers: retainers.map((r) => ({ id: r.id, clientId: r.client.id, title: r.title, startMonth: r.startMonth, endMonth: r.endMonth })),
    counts: {
      clients: rows.clients.length,
      retainers: rows.retainers.length,
      timeEntries: rows.timeEntries.length,
      meetingTimeEntries: meetingEntries,
      meetings: rows.meetings.length,
      deliverables: rows.deliverables.length,
      logEntries: rows.log.length,
      invoices: rows.invoices.length,
      invoiceLines: rows.invoiceLines.length,
      usageRows: rows.usage.length,
      users: rows.users.length + 1,
    },
  };
}

// --- Writing: bulk inserts -------------------------------------------------------------------

/** Tables in foreign-key order: columns with their array type, and an optional cast of the value. */
const TABLES = {
  clients: [
    'clients',
    [
      ['id', 'uuid'],
      ['workspace_id', 'uuid'],
      ['name', 'text'],
      ['legal_name', 'text'],
      ['address_line', 'text'],
      ['city', 'text'],
      ['postal_code', 'text'],
      ['country', 'text'],
      ['vat_id', 'text'],
      ['billing_email', 'text'],
      ['currency', 'text'],
    ],
  ],
  users: [
    'users',
    [
      ['id', 'uuid'],
      ['email', 'text'],
      ['name', 'text'],
      ['password_hash', 'text'],
    ],
  ],
  memberships: [
    'memberships',
    [
      ['id', 'uuid'],
      ['workspace_id', 'uuid'],
      ['user_id', 'uuid'],
      ['role', 'text'],
      ['client_id', 'uuid'],
    ],
  ],
  retainers: [
    'retainers',
    [
      ['id', 'uuid'],
      ['workspace_id', 'uuid'],
      ['client_id', 'uuid'],
      ['title', 'text'],
      ['role', 'text'],
      ['start_month', 'text'],
      ['end_month', 'text'],
      ['rollover', 'text'],
      ['rollover_cap_days', 'numeric'],
      ['rollover_expiry_months', 'int'],
      ['overage', 'text'],
      ['overage_day_rate_minor', 'bigint'],
      ['vat_rate_percent', 'numeric'],
      ['reverse_charge', 'boolean'],
      ['payment_terms_days', 'int'],
    ],
  ],
  amendments: [
    'allocation_amendments',
    [
      ['id', 'uuid'],
      ['workspace_id', 'uuid'],
      ['client_id', 'uuid'],
      ['retainer_id', 'uuid'],
      ['effective_month', 'text'],
      ['days_per_month', 'numeric'],
      ['monthly_fee_minor', 'bigint'],
      ['created_by', 'uuid'],
    ],
  ],
  adjustments: [
    'allocation_adjustments',
    [
      ['id', 'uuid'],
      ['workspace_id', 'uuid'],
      ['client_id', 'uuid'],
      ['retainer_id', 'uuid'],
      ['month', 'text'],
      ['days', 'numeric'],
      ['reason', 'text'],
      ['created_by', 'uuid'],
    ],
  ],
  deliverables: [
    'deliverables',
    [
      ['id', 'uuid'],
      ['workspace_id', 'uuid'],
      ['client_id', 'uuid'],
      ['retainer_id', 'uuid'],
      ['title', 'text'],
      ['description', 'text'],
      ['due_date', 'date'],
      ['status', 'text'],
      ['delivered_at', 'timestamptz'],
      ['accepted_at', 'timestamptz'],
      ['created_at', 'timestamptz'],
    ],
  ],
  meetings: [
    'meetings',
    [
      ['id', 'uuid'],
      ['workspace_id', 'uuid'],
      ['client_id', 'uuid'],
      ['kind', 'text'],
      ['title', 'text'],
      ['starts_at', 'timestamptz'],
      ['ends_at', 'timestamptz'],
      ['status', 'text'],
      ['attendees', 'text', 'text[]'],
      ['agenda', 'text'],
      ['shared_notes', 'text'],
      ['time_entry_id', 'uuid'],
      ['recorded_at', 'timestamptz'],
      ['created_at', 'timestamptz'],
    ],
  ],
  privateNotes: [
    'meeting_private_notes',
    [
      ['meeting_id', 'uuid'],
      ['workspace_id', 'uuid'],
      ['notes', 'text'],
    ],
  ],
  timeEntries: [
    'time_entries',
    [
      ['id', 'uuid'],
      ['workspace_id', 'uuid'],
      ['client_id', 'uuid'],
      ['retainer_id', 'uuid'],
      ['date', 'date'],
      ['minutes', 'int'],
      ['category', 'text'],
      ['description', 'text'],
      ['billable', 'boolean'],
      ['meeting_id', 'uuid'],
      ['deliverable_id', 'uuid'],
      ['created_by', 'uuid'],
      ['created_at', 'timestamptz'],
    ],
  ],
  usage: [
    'retainer_month_usage',
    [
      ['workspace_id', 'uuid'],
      ['client_id', 'uuid'],
      ['retainer_id', 'uuid'],
      ['month', 'text'],
      ['billable_minutes', 'int'],
    ],
  ],
  log: [
    'log_entries',
    [
      ['id', 'uuid'],
      ['workspace_id', 'uuid'],
      ['client_id', 'uuid'],
      ['seq', 'int'],
      ['kind', 'text'],
      ['title', 'text'],
      ['body', 'text'],
      ['owner', 'text'],
      ['due_date', 'date'],
      ['refers_to_id', 'uuid'],
      ['author_id', 'uuid'],
      ['occurred_at', 'timestamptz'],
      ['action_status', 'text'],
      ['prev_hash', 'text'],
      ['hash', 'text'],
    ],
  ],
  invoices: [
    'invoices',
    [
      ['id', 'uuid'],
      ['workspace_id', 'uuid'],
      ['client_id', 'uuid'],
      ['period_month', 'text'],
      ['currency', 'text'],
      ['reverse_charge', 'boolean'],
      ['payment_terms_days', 'int'],
      ['net_total_minor', 'bigint'],
      ['vat_total_minor', 'bigint'],
      ['gross_total_minor', 'bigint'],
      ['created_at', 'timestamptz'],
    ],
    { kind: 'INVOICE', status: 'DRAFT' },
  ],
  invoiceLines: [
    'invoice_lines',
    [
      ['workspace_id', 'uuid'],
      ['client_id', 'uuid'],
      ['invoice_id', 'uuid'],
      ['position', 'int'],
      ['description', 'text'],
      ['quantity', 'numeric'],
      ['unit_code', 'text'],
      ['unit_price_minor', 'bigint'],
      ['net_minor', 'bigint'],
      ['vat_rate_percent', 'numeric'],
      ['reverse_charge', 'boolean'],
    ],
  ],
  sequences: [
    'invoice_number_sequences',
    [
      ['workspace_id', 'uuid'],
      ['year', 'int'],
      ['last_value', 'int'],
    ],
  ],
};

/** The order rows are written in (foreign keys first). */
export const WRITE_ORDER = [
  'clients',
  'users',
  'memberships',
  'retainers',
  'amendments',
  'adjustments',
  'deliverables',
  'meetings',
  'privateNotes',
  'timeEntries',
  'usage',
  'log',
  'invoices',
  'invoiceLines',
  'sequences',
];

export function rowsToWrite(plan) {
  return WRITE_ORDER.reduce((sum, key) => sum + plan.rows[key].length, 0) + plan.rows.invoiceIssues.length * 2;
}

async function insertRows(client, key, rows, onProgress, batchSize = 5000) {
  const [table, columns, constants = {}] = TABLES[key];
  const names = columns.map(([name]) => name);
  const selects = columns.map(([name, , cast]) => (cast ? `${name}::${cast}` : name));
  const sql = `INSERT INTO ${table} (${[...names, ...Object.keys(constants)].join(', ')})
    SELECT ${[...selects, ...Object.values(constants).map((v) => `'${v}'`)].join(', ')}
      FROM unnest(${columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')}) AS t(${names.join(', ')})`;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    await client.query(
      sql,
      columns.map((_, i) => batch.map((row) => row[i])),
    );
    onProgress(batch.length, `${table} ${Math.min(start + batchSize, rows.length)}/${rows.length}`);
  }
}

/** Writes a planned workspace; `onProgress(rows, label)` after every batch. */
export async function writeWorkspace(client, plan, onProgress) {
  const { rows, seller, workspaceId, lockedThrough } = plan;
  await client.query(
    `UPDATE workspaces SET legal_name = $2, address_line = $3, city = $4, postal_code = $5, country = $6, vat_id = $7, capacity_days_per_month = 31
      WHERE id = $1`,
    [workspaceId, seller.legalName, seller.addressLine, seller.city, seller.postalCode, seller.country, seller.vatId],
  );
  for (const key of WRITE_ORDER) await insertRows(client, key, rows[key], (n, label) => onProgress(n, `${plan.label}: ${label}`));
  // Issue the invoices as issuing does (DRAFT → ISSUED with number, dates and parties), then the
  // paid ones: the invoices' own trigger allows exactly these steps.
  const issues = rows.invoiceIssues;
  for (let start = 0; start < issues.length; start += 2000) {
    const batch = issues.slice(start, start + 2000);
    const col = (i) => batch.map((row) => row[i]);
    await client.query(
      `UPDATE invoices i SET status = 'ISSUED', number = u.number, issue_date = u.issue_date, due_date = u.due_date, seller = u.seller::jsonb,
              buyer = u.buyer::jsonb, issued_at = u.issued_at, updated_at = u.issued_at
         FROM unnest($1::uuid[], $2::text[], $3::date[], $4::date[], $5::text[], $6::text[], $7::timestamptz[])
              AS u(id, number, issue_date, due_date, seller, buyer, issued_at)
        WHERE i.workspace_id = $8 AND i.id = u.id`,
      [col(0), col(1), col(2), col(3), col(4), col(5), col(6), workspaceId],
    );
    onProgress(batch.length, `${plan.label}: issuing invoices`);
    await client.query(
      `UPDATE invoices i SET status = 'PAID', paid_on = u.paid_on FROM unnest($1::uuid[], $2::date[]) AS u(id, paid_on)
        WHERE i.workspace_id = $3 AND i.id = u.id AND u.paid_on IS NOT NULL`,
      [col(0), col(7), workspaceId],
    );
    onProgress(batch.length, `${plan.label}: paid invoices`);
  }
  // Invoiced months are locked, as issuing leaves them (after the time entries: the lock refuses them).
  await client.query(`UPDATE clients SET locked_through_month = $2 WHERE workspace_id = $1`, [workspaceId, lockedThrough]);
}

/**
 * Checks what the app maintains, in SQL over the written rows: the usage rollup against the time
 * entries, the log heads against the last entries, held meetings against their time entries,
 * action items' kept status against their last STATUS_CHANGE.
 * Returns a list of problems (empty when consistent).
 */
export async function checkConsistency(client, workspaceId) {
  const problems = [];
  const [{ n: usageMismatches }] = (
    await client.query(
      `SELECT count(*)::int AS n FROM (
         SELECT retainer_id, to_char(date, 'YYYY-MM') AS month, sum(minutes)::int AS minutes
           FROM time_entries WHERE workspace_id = $1 AND billable GROUP BY 1, 2) t
       FULL JOIN (SELECT retainer_id, month, billable_minutes AS minutes FROM retainer_month_usage WHERE workspace_id = $1) u
         USING (retainer_id, month)
       WHERE COALESCE(t.minutes, 0) <> COALESCE(u.minutes, 0)`,
      [workspaceId],
    )
  ).rows;
  if (usageMismatches > 0) problems.push(`${usageMismatches} retainer months whose rollup differs from their time entries`);
  const [{ n: headMismatches }] = (
    await client.query(
      `SELECT count(*)::int AS n FROM log_heads h
         LEFT JOIN LATERAL (SELECT seq, hash FROM log_entries e WHERE e.workspace_id = h.workspace_id AND e.client_id = h.client_id
                             ORDER BY seq DESC LIMIT 1) last ON true
        WHERE h.workspace_id = $1 AND (last.seq IS DISTINCT FROM h.seq OR last.hash IS DISTINCT FROM h.hash)`,
      [workspaceId],
    )
  ).rows;
  if (headMismatches > 0) problems.push(`${headMismatches} log heads that do not name their last entry`);
  const [{ n: heldWithoutTime }] = (
    await client.query(
      `SELECT count(*)::int AS n FROM meetings m LEFT JOIN time_entries t ON t.workspace_id = m.workspace_id AND t.id = m.time_entry_id
        WHERE m.workspace_id = $1 AND ((m.status = 'HELD') <> (t.id IS NOT NULL) OR (t.id IS NOT NULL AND t.meeting_id <> m.id))`,
      [workspaceId],
    )
  ).rows;
  if (heldWithoutTime > 0) problems.push(`${heldWithoutTime} meetings whose HELD status and time entry disagree`);
  const [{ n: statusMismatches }] = (
    await client.query(
      `WITH latest AS (
         SELECT DISTINCT ON (refers_to_id) refers_to_id, action_status FROM log_entries
          WHERE workspace_id = $1 AND kind = 'STATUS_CHANGE' ORDER BY refers_to_id, seq DESC)
       SELECT count(*)::int AS n FROM log_entries a
         LEFT JOIN latest l ON l.refers_to_id = a.id
         LEFT JOIN action_item_states st ON st.workspace_id = a.workspace_id AND st.item_id = a.id
        WHERE a.workspace_id = $1 AND a.kind = 'ACTION_ITEM' AND st.status IS DISTINCT FROM COALESCE(l.action_status, 'OPEN')`,
      [workspaceId],
    )
  ).rows;
  if (statusMismatches > 0) problems.push(`${statusMismatches} action items whose kept status differs from their last status change`);
  return problems;
}
