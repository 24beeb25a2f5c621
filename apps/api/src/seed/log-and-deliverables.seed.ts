// Demo accountability logs and deliverables: half a year of decisions, commitments, risks and
// action items (some done, one overdue), and deliverables in every state — one DELIVERED and
// awaiting Northwind's acceptance, one overdue — all written through the services, in time order,
// so every chain verifies and every rule holds.
import type { INestApplicationContext } from '@nestjs/common';
import { addDays, dateInTimeZone } from '@allot/domain';
import type { DataSource } from 'typeorm';
import { withUnitOfWork, type Principal } from '../database/request-scope.js';
import type { ClientEntity } from '../modules/clients/client.entity.js';
import type { DeliverableStatusValue } from '../modules/deliverables/deliverable.entity.js';
import { DeliverablesService } from '../modules/deliverables/deliverables.service.js';
import { MembershipEntity } from '../modules/identity/membership.entity.js';
import type { ActionStatusValue } from '../modules/log/log-entry.entity.js';
import { LogService, type NewLogEntry } from '../modules/log/log.service.js';

type Who = 'leader' | 'ceo';

interface LogEvent {
  day: number;
  client: string;
  who?: Who;
  entry: Omit<NewLogEntry, 'clientId' | 'occurredAt' | 'dueDate'> & { due?: number; status?: Array<[number, ActionStatusValue, string?]> };
}

interface DeliverableEvent {
  client: string;
  title: string;
  description: string;
  created: number;
  due: number | null;
  moves: Array<[number, DeliverableStatusValue, Who?, string?]>;
}

const LOG: LogEvent[] = [
  // Northwind Robotics: fractional CTO.
  {
    day: -170,
    client: 'Northwind Robotics',
    entry: {
      kind: 'DECISION',
      title: 'Move fleet telemetry to a managed time-series database',
      body: 'Self-hosted InfluxDB costs about two engineer-days a month to keep alive. Agreed with Dana to move to a managed service by the end of Q2.',
    },
  },
  {
    day: -165,
    client: 'Northwind Robotics',
    entry: {
      kind: 'ACTION_ITEM',
      title: 'Draft the engineering hiring plan for H2',
      owner: 'Alex Morgan',
      due: -140,
      status: [[-138, 'DONE', 'Shared in Notion; approved by Dana in the leadership meeting.']],
    },
  },
  {
    day: -160,
    client: 'Northwind Robotics',
    entry: {
      kind: 'RISK',
      title: 'One engineer owns the firmware build pipeline',
      body: 'Bus factor of one on the ARM toolchain. Mitigation: pair Lukas with Priya for the next two releases.',
    },
  },
  {
    day: -150,
    client: 'Northwind Robotics',
    entry: { kind: 'COMMITMENT', title: 'Security review of the customer portal before the Series B data room opens', owner: 'Alex Morgan', due: -100 },
  },
  {
    day: -120,
    client: 'Northwind Robotics',
    entry: {
      kind: 'ACTION_ITEM',
      title: 'Set up an on-call rotation with paging',
      owner: 'Lukas Brandt',
      due: -90,
      status: [[-85, 'DONE', 'Rotation live with four engineers; runbooks in the wiki.']],
    },
  },
  {
    day: -95,
    client: 'Northwind Robotics',
    entry: {
      kind: 'OUTCOME',
      title: 'P1 incidents down from six to one a month',
      body: 'Measured over the two months since the on-call rotation and the incident review started.',
    },
  },
  {
    day: -60,
    client: 'Northwind Robotics',
    entry: {
      kind: 'DECISION',
      title: 'Adopt trunk-based development with feature flags',
      body: 'Release branches are retired after the 4.2 release. Feature flags via the existing config service.',
    },
  },
  { day: -45, client: 'Northwind Robotics', entry: { kind: 'ACTION_ITEM', title: 'Migrate CI from Jenkins to GitHub Actions', owner: 'Priya Shah', due: -10 } },
  { day: -30, client: 'Northwind Robotics', entry: { kind: 'ACTION_ITEM', title: 'Compare SOC 2 readiness platforms', owner: 'Alex Morgan', due: 14 } },
  {
    day: -20,
    client: 'Northwind Robotics',
    entry: {
      kind: 'NOTE',
      title: 'Board deck: technology section sent to Dana',
      body: 'Reliability trend, hiring status, Series B technical due-diligence readiness.',
    },
  },
  {
    day: -19,
    client: 'Northwind Robotics',
    who: 'ceo',
    entry: {
      kind: 'COMMENT',
      title: 'Board feedback',
      body: 'Thanks — the board liked the reliability chart. They asked for a one-pager on the SOC 2 timeline next quarter.',
    },
  },

  // Helios Health: fractional CIO.
  {
    day: -150,
    client: 'Helios Health',
    entry: {
      kind: 'DECISION',
      title: 'Patient data stays in the EU',
      body: 'All new systems processing patient data run in EU regions; vendors must sign the DPA before any pilot.',
    },
  },
  {
    day: -140,
    client: 'Helios Health',
    entry: {
      kind: 'ACTION_ITEM',
      title: 'Inventory every system that processes patient data',
      owner: 'Marit de Vries',
      due: -110,
      status: [[-112, 'DONE', '41 systems listed, 6 without an owner — now assigned.']],
    },
  },
  {
    day: -130,
    client: 'Helios Health',
    entry: {
      kind: 'RISK',
      title: 'NEN 7510 audit in Q3: access logging incomplete',
      body: 'Three clinical systems do not log read access. Vendor fixes promised but not scheduled.',
    },
  },
  {
    day: -100,
    client: 'Helios Health',
    entry: {
      kind: 'ACTION_ITEM',
      title: 'Select an EHR integration partner',
      owner: 'Alex Morgan',
      due: -60,
      status: [[-70, 'DROPPED', 'The board postponed the EHR integration to next year.']],
    },
  },
  { day: -40, client: 'Helios Health', entry: { kind: 'COMMITMENT', title: 'Data platform vendor shortlist', owner: 'Alex Morgan', due: 5 } },

  // Quarry Analytics: fractional Chief AI Officer.
  {
    day: -120,
    client: 'Quarry Analytics',
    entry: {
      kind: 'DECISION',
      title: 'Use a hosted LLM through an EU endpoint only',
      body: 'No customer data in prompts unless the customer has signed the AI addendum to the DPA.',
    },
  },
  {
    day: -115,
    client: 'Quarry Analytics',
    entry: {
      kind: 'ACTION_ITEM',
      title: 'Write the AI acceptable-use policy',
      owner: 'Alex Morgan',
      due: -95,
      status: [[-97, 'DONE', 'Approved by the management team; published on the intranet.']],
    },
  },
  {
    day: -80,
    client: 'Quarry Analytics',
    entry: {
      kind: 'RISK',
      title: 'Model evaluation rests on one annotated dataset',
      body: 'Every triage-model number comes from 1 200 tickets labelled by one person. Second annotator needed.',
    },
  },
  {
    day: -25,
    client: 'Quarry Analytics',
    entry: {
      kind: 'OUTCOME',
      title: 'Ticket triage assistant live: 38 % of tickets routed automatically',
      body: 'Median time to first response down from 5 h to 2 h in the first two weeks.',
    },
  },
  {
    day: -12,
    client: 'Quarry Analytics',
    entry: { kind: 'ACTION_ITEM', title: 'Recruit a second annotator for the evaluation set', owner: 'Tereza Novák', due: 10 },
  },

  // Bluefin Logistics and Cedar Foods: newer engagements.
  {
    day: -50,
    client: 'Bluefin Logistics',
    entry: {
      kind: 'DECISION',
      title: 'Replace the nightly WMS file exchange with event messaging',
      body: 'Carriers get shipment events within a minute instead of the next morning.',
    },
  },
  { day: -35, client: 'Bluefin Logistics', entry: { kind: 'ACTION_ITEM', title: 'Collect carrier API rate limits', owner: 'Tom Hughes', due: -3 } },
  {
    day: -28,
    client: 'Cedar Foods',
    entry: { kind: 'NOTE', title: 'Kick-off: scope agreed', body: 'Focus for the first quarter: IT security baseline and the ERP upgrade decision.' },
  },
];

const DELIVERABLES: DeliverableEvent[] = [
  {
    client: 'Northwind Robotics',
    title: 'Technology due-diligence pack for the Series B',
    description: 'Architecture overview, security posture, engineering metrics and the technology risk register for the data room.',
    created: -150,
    due: -100,
    moves: [
      [-140, 'IN_PROGRESS'],
      [-105, 'DELIVERED'],
      [-102, 'ACCEPTED', 'ceo', 'Exactly what the investors asked for.'],
    ],
  },
  {
    client: 'Northwind Robotics',
    title: 'Fleet telemetry migration plan',
    description: 'Target design, migration steps and cost comparison for the move to a managed time-series database.',
    created: -125,
    due: -40,
    moves: [
      [-110, 'IN_PROGRESS'],
      [-50, 'DELIVERED'],
      [-48, 'IN_PROGRESS', 'ceo', 'Please add the cost comparison against staying self-hosted.'],
      [-35, 'DELIVERED'],
      [-33, 'ACCEPTED', 'ceo'],
    ],
  },
  {
    client: 'Northwind Robotics',
    title: 'Engineering career ladder',
    description: 'Levels, expectations and promotion process for the engineering team (IC and management tracks).',
    created: -60,
    due: -2,
    moves: [
      [-55, 'IN_PROGRESS'],
      [-3, 'DELIVERED'],
    ],
  },
  {
    client: 'Northwind Robotics',
    title: 'Incident post-mortem process',
    description: 'Template, severity levels and the weekly review, so lessons from incidents turn into work.',
    created: -45,
    due: -12,
    moves: [[-30, 'IN_PROGRESS']],
  },
  {
    client: 'Northwind Robotics',
    title: 'Technology roadmap for next year',
    description: 'Platform, product engineering and hiring roadmap aligned with the Series B plan.',
    created: -10,
    due: 45,
    moves: [],
  },
  {
    client: 'Helios Health',
    title: 'IT vendor landscape review',
    description: 'All vendors, contracts, renewal dates and overlaps, with a consolidation proposal.',
    created: -120,
    due: -20,
    moves: [
      [-100, 'IN_PROGRESS'],
      [-22, 'DELIVERED'],
    ],
  },
  {
    client: 'Helios Health',
    title: 'Cloud cost baseline',
    description: 'Current cloud spend by system and owner, and the first savings.',
    created: -40,
    due: 10,
    moves: [[-30, 'IN_PROGRESS']],
  },
  {
    client: 'Helios Health',
    title: 'Legacy PACS decommission plan',
    description: 'Exit plan for the on-premise imaging archive.',
    created: -90,
    due: -30,
    moves: [[-70, 'CANCELLED']],
  },
  {
    client: 'Quarry Analytics',
    title: 'AI use-case portfolio (top ten, scored)',
    description: 'Value, feasibility and risk for the ten most promising AI use cases.',
    created: -110,
    due: -75,
    moves: [
      [-100, 'IN_PROGRESS'],
      [-78, 'DELIVERED'],
    ],
  },
  {
    client: 'Quarry Analytics',
    title: 'Evaluation harness for the triage model',
    description: 'Repeatable offline evaluation with two annotators and a drift report.',
    created: -20,
    due: 20,
    moves: [[-15, 'IN_PROGRESS']],
  },
  {
    client: 'Bluefin Logistics',
    title: 'Integration architecture blueprint',
    description: 'Event model, message broker choice and the carrier API gateway.',
    created: -45,
    due: 30,
    moves: [],
  },
  {
    client: 'Cedar Foods',
    title: 'IT security baseline assessment',
    description: 'CIS controls assessment with a prioritised remediation plan.',
    created: -27,
    due: 20,
    moves: [[-20, 'IN_PROGRESS']],
  },
];

interface Step {
  day: number;
  order: number;
  client: string;
  run: (at: Date) => Promise<void>;
  who: Who;
}

/** Seeds the demo logs and deliverables for the demo clients (by name), as the leader and Northwind's CEO. */
export async function seedLogAndDeliverables(
  app: INestApplicationContext,
  dataSource: DataSource,
  leader: Principal,
  clients: readonly ClientEntity[],
): Promise<void> {
  const log = app.get(LogService);
  const deliverables = app.get(DeliverablesService);
  const byName = new Map(clients.map((client) => [client.name, client]));
  const clientOf = (name: string): ClientEntity => {
    const client = byName.get(name);
    if (!client) throw new Error(`Demo client ${name} is missing`);
    return client;
  };

  const { ceo, timezone } = await withUnitOfWork(dataSource, leader, async (scope) => {
    const manager = await scope.manager();
    const membership = await manager.findOne(MembershipEntity, {
      where: { workspaceId: leader.workspaceId, role: 'CLIENT_VIEWER', clientId: clientOf('Northwind Robotics').id },
    });
    const [{ timezone }] = await manager.query(`SELECT timezone FROM workspaces WHERE id = $1`, [leader.workspaceId]);
    const viewer: Principal | null = membership
      ? { userId: membership.userId, membershipId: membership.id, workspaceId: membership.workspaceId, role: 'CLIENT_VIEWER', clientId: membership.clientId }
      : null;
    return { ceo: viewer, timezone: timezone as string };
  });
  const today = dateInTimeZone(new Date(), timezone);
  const dateOf = (day: number) => addDays(today, day);

  const steps: Step[] = [];
  let order = 0;
  for (const event of LOG) {
    const { due, status, ...entry } = event.entry;
    const holder: { id?: string } = {};
    steps.push({
      day: event.day,
      order: order++,
      client: event.client,
      who: event.who ?? 'leader',
      run: async (at) => {
        const actor = event.who === 'ceo' ? ceo : leader;
        if (!actor) return;
        const stored = await log.append(actor, {
          ...entry,
          clientId: clientOf(event.client).id,
          dueDate: due === undefined ? null : dateOf(due),
          occurredAt: at,
        });
        holder.id = stored.id;
      },
    });
    for (const [day, next, note] of status ?? []) {
      steps.push({
        day,
        order: order++,
        client: event.client,
        who: 'leader',
        run: async (at) => {
          if (holder.id) await log.setActionItemStatus(leader, holder.id, next, note, { occurredAt: at });
        },
      });
    }
  }
  for (const event of DELIVERABLES) {
    const holder: { id?: string } = {};
    steps.push({
      day: event.created,
      order: order++,
      client: event.client,
      who: 'leader',
      run: async (at) => {
        const created = await deliverables.create(
          leader,
          { clientId: clientOf(event.client).id, title: event.title, description: event.description, dueDate: event.due === null ? null : dateOf(event.due) },
          { at },
        );
        holder.id = created.id;
      },
    });
    for (const [day, status, who, comment] of event.moves) {
      steps.push({
        day,
        order: order++,
        client: event.client,
        who: who ?? 'leader',
        run: async (at) => {
          const actor = who === 'ceo' ? ceo : leader;
          if (actor && holder.id) await deliverables.setStatus(actor, holder.id, status, comment, { at });
        },
      });
    }
  }

  // In time order, so that each client's log reads as it happened. Entries already in a log (a
  // meeting recorded by another seed, say) are never preceded: the log stays in time order.
  steps.sort((a, b) => a.day - b.day || a.order - b.order);
  const last = new Map<string, number>();
  for (const step of steps) {
    const client = clientOf(step.client);
    const actor = step.who === 'ceo' ? ceo : leader;
    if (!actor) continue;
    await withUnitOfWork(dataSource, actor, async () => {
      if (!last.has(client.id)) last.set(client.id, (await log.head(actor, client.id)).occurredAt?.getTime() ?? 0);
      // Mid-morning Berlin time on the day, a minute apart for steps on the same day.
      const planned = new Date(`${dateOf(step.day)}T08:30:00.000Z`).getTime() + (step.order % 60) * 60_000;
      const at = new Date(Math.min(Math.max(planned, (last.get(client.id) ?? 0) + 1), Date.now()));
      await step.run(at);
      last.set(client.id, Math.max(at.getTime(), (await log.head(actor, client.id)).occurredAt?.getTime() ?? 0));
    });
  }
}
