// Demo meetings: this month's held meetings (recorded with notes, decisions and action items, so
// their time, log entries and balances follow every rule) and the next few weeks' schedule.
// Earlier months are invoiced and locked by then, so held meetings stay within this month.
import type { INestApplicationContext } from '@nestjs/common';
import { addDays, addWorkingDays, dateInTimeZone, monthOfDate, type IsoDate } from '@allot/domain';
import type { DataSource } from 'typeorm';
import { withUnitOfWork, type Principal } from '../database/request-scope.js';
import type { ClientEntity } from '../modules/clients/client.entity.js';
import { MeetingKindEnum } from '../graphql/enums.js';
import { MeetingsService } from '../modules/meetings/meetings.service.js';
import { RetainersService } from '../modules/retainers/retainers.service.js';

interface DemoMeeting {
  client: string;
  kind: MeetingKindEnum;
  title: string;
  attendees: string[];
  agenda: string;
  minutes: number;
  held?: {
    sharedNotes: string;
    privateNotes?: string;
    decisions: string[];
    actionItems: Array<{ title: string; owner: string; dueInDays?: number }>;
  };
}

const HELD: DemoMeeting[] = [
  {
    client: 'Northwind Robotics',
    kind: MeetingKindEnum.LEADERSHIP,
    title: 'Leadership team weekly',
    attendees: ['Dana Whitfield (CEO)', 'Lukas Brandt (Head of Engineering)', 'Alex Morgan'],
    agenda: 'Hiring status; platform stability; Q1 roadmap cut-off',
    minutes: 60,
    held: {
      sharedNotes: 'Two senior offers out. Error budget burned 40 % in the first half of the month after the gateway incident.',
      privateNotes: 'Lukas is stretched; suggest a staff engineer to take on-call ownership.',
      decisions: ['Freeze new integrations until the gateway error rate is under 0.5 %'],
      actionItems: [
        { title: 'Publish the incident review of the gateway outage', owner: 'Lukas Brandt', dueInDays: 7 },
        { title: 'Draft the staff engineer role description', owner: 'Alex Morgan', dueInDays: 14 },
      ],
    },
  },
  {
    client: 'Helios Health',
    kind: MeetingKindEnum.STEERING,
    title: 'Data platform steering group',
    attendees: ['Maaike de Vries (COO)', 'Ruben Jansen (Data lead)', 'Alex Morgan'],
    agenda: 'Warehouse migration progress; GDPR data retention policy',
    minutes: 90,
    held: {
      sharedNotes: 'Migration at 70 %. Retention policy draft reviewed with legal; two open questions on audit logs.',
      decisions: ['Keep raw patient events for 30 days only, aggregates for 7 years'],
      actionItems: [{ title: 'Confirm audit-log retention with the DPO', owner: 'Maaike de Vries', dueInDays: 10 }],
    },
  },
  {
    client: 'Quarry Analytics',
    kind: MeetingKindEnum.ONE_ON_ONE,
    title: 'One-on-one with the CEO',
    attendees: ['Petr Novák (CEO)', 'Alex Morgan'],
    agenda: 'Fundraising tech narrative; team structure',
    minutes: 45,
    held: {
      sharedNotes: 'Agreed on the platform story for the seed extension deck.',
      decisions: [],
      actionItems: [{ title: 'Write the two-page technical narrative', owner: 'Alex Morgan', dueInDays: 5 }],
    },
  },
];

const UPCOMING: DemoMeeting[] = [
  {
    client: 'Northwind Robotics',
    kind: MeetingKindEnum.BOARD,
    title: 'Quarterly board meeting',
    attendees: ['Dana Whitfield (CEO)', 'Board members', 'Alex Morgan'],
    agenda: 'Technology update; Series B readiness; security posture',
    minutes: 120,
  },
  {
    client: 'Northwind Robotics',
    kind: MeetingKindEnum.LEADERSHIP,
    title: 'Leadership team weekly',
    attendees: ['Dana Whitfield (CEO)', 'Lukas Brandt', 'Alex Morgan'],
    agenda: 'Hiring; stability; roadmap',
    minutes: 60,
  },
  {
    client: 'Helios Health',
    kind: MeetingKindEnum.WORKSHOP,
    title: 'Architecture workshop: event pipeline',
    attendees: ['Ruben Jansen', 'Data team', 'Alex Morgan'],
    agenda: 'Options for streaming ingestion',
    minutes: 180,
  },
  {
    client: 'Bluefin Logistics',
    kind: MeetingKindEnum.STEERING,
    title: 'Engagement wrap-up and handover',
    attendees: ['Olivia Hart (CEO)', 'Alex Morgan'],
    agenda: 'Handover plan to the new CTO',
    minutes: 60,
  },
  {
    client: 'Cedar Foods',
    kind: MeetingKindEnum.ONE_ON_ONE,
    title: 'Monthly check-in',
    attendees: ['Camille Laurent (CEO)', 'Alex Morgan'],
    agenda: 'E-commerce replatforming status',
    minutes: 45,
  },
];

function at(date: IsoDate, hourUtc: number, minutes: number): { startsAt: Date; endsAt: Date } {
  const startsAt = new Date(`${date}T${String(hourUtc).padStart(2, '0')}:00:00Z`);
  return { startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000) };
}

export async function seedMeetings(app: INestApplicationContext, dataSource: DataSource, leader: Principal, clients: ClientEntity[]): Promise<void> {
  const meetings = app.get(MeetingsService);
  const retainers = app.get(RetainersService);
  const clientByName = new Map(clients.map((client) => [client.name, client]));
  const today = dateInTimeZone(new Date(), 'Europe/Berlin');

  await withUnitOfWork(dataSource, leader, async () => {
    for (const [index, demo] of HELD.entries()) {
      const client = clientByName.get(demo.client);
      const date = addWorkingDays(today, -(index + 1));
      if (!client || !demo.held || monthOfDate(date) !== monthOfDate(today)) continue;
      const active = await retainers.activeIn(leader, client.id, monthOfDate(date));
      if (active.length === 0) continue;
      const scheduled = await meetings.schedule(leader, {
        clientId: client.id,
        kind: demo.kind,
        title: demo.title,
        attendees: demo.attendees,
        agenda: demo.agenda,
        ...at(date, 9, demo.minutes),
      });
      await meetings.record(leader, {
        meetingId: scheduled.id,
        sharedNotes: demo.held.sharedNotes,
        privateNotes: demo.held.privateNotes ?? null,
        retainerId: active[0].id,
        decisions: demo.held.decisions,
        actionItems: demo.held.actionItems.map((item) => ({
          title: item.title,
          owner: item.owner,
          dueDate: item.dueInDays === undefined ? null : addDays(today, item.dueInDays),
        })),
      });
    }
    for (const [index, demo] of UPCOMING.entries()) {
      const client = clientByName.get(demo.client);
      if (!client) continue;
      const date = addWorkingDays(today, 2 + index * 2);
      await meetings.schedule(leader, {
        clientId: client.id,
        kind: demo.kind,
        title: demo.title,
        attendees: demo.attendees,
        agenda: demo.agenda,
        ...at(date, 10, demo.minutes),
      });
    }
  });
}
