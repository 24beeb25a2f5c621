// Demo data for trying Allot as each of its users would. It goes through the same services the
// API uses, so the demo obeys every rule a real workspace does.
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { withUnitOfWork, type Principal } from '../database/request-scope.js';
import { ClientsService } from '../modules/clients/clients.service.js';
import type { CreateClientInput } from '../modules/clients/dto.js';
import { IdentityService } from '../modules/identity/identity.service.js';
import { RoleEnum } from '../graphql/enums.js';
import { WorkspaceService } from '../modules/workspace/workspace.service.js';
import type { ClientEntity } from '../modules/clients/client.entity.js';
import { seedLogAndDeliverables } from './log-and-deliverables.seed.js';
import { seedEngagements } from './engagements.seed.js';
import { seedMeetings } from './meetings.seed.js';
import { seedInvoices } from './invoices.seed.js';

export const DEMO_PASSWORD = 'demo-password-2026';
export const DEMO_LOGINS = [
  { role: 'Leader', email: 'leader@demo.allot.test', password: DEMO_PASSWORD },
  { role: 'Client CEO', email: 'ceo@northwind.demo.allot.test', password: DEMO_PASSWORD },
  { role: 'Accountant', email: 'accountant@demo.allot.test', password: DEMO_PASSWORD },
];

export const DEMO_CLIENTS: CreateClientInput[] = [
  {
    name: 'Northwind Robotics',
    legalName: 'Northwind Robotics GmbH',
    addressLine: 'Invalidenstraße 117',
    city: 'Berlin',
    postalCode: '10115',
    country: 'DE',
    vatId: 'DE287654321',
    billingEmail: 'finance@northwind.demo.allot.test',
    currency: 'EUR',
  },
  {
    name: 'Helios Health',
    legalName: 'Helios Health B.V.',
    addressLine: 'Keizersgracht 221',
    city: 'Amsterdam',
    postalCode: '1016 DV',
    country: 'NL',
    vatId: 'NL859123456B01',
    billingEmail: 'ap@helios.demo.allot.test',
    currency: 'EUR',
  },
  {
    name: 'Quarry Analytics',
    legalName: 'Quarry Analytics s.r.o.',
    addressLine: 'Karlovo náměstí 13',
    city: 'Praha',
    postalCode: '120 00',
    country: 'CZ',
    vatId: 'CZ08123456',
    billingEmail: 'fakturace@quarry.demo.allot.test',
    currency: 'EUR',
  },
  {
    name: 'Bluefin Logistics',
    legalName: 'Bluefin Logistics Ltd',
    addressLine: '40 Leman Street',
    city: 'London',
    postalCode: 'E1 8EU',
    country: 'GB',
    vatId: 'GB123456789',
    billingEmail: 'accounts@bluefin.demo.allot.test',
    currency: 'GBP',
  },
  {
    name: 'Cedar Foods',
    legalName: 'Cedar Foods SAS',
    addressLine: '12 rue de la Paix',
    city: 'Paris',
    postalCode: '75002',
    country: 'FR',
    vatId: 'FR40123456789',
    billingEmail: 'compta@cedar.demo.allot.test',
    currency: 'EUR',
  },
];

/** Seeding signs the demo people up and in like anyone else; its sessions say where they came from. */
const SEED_ORIGIN = { ip: 'seed', userAgent: 'Allot demo seed' };

/** Seeds the demo workspace unless the demo leader exists already. Returns whether it seeded. */
export async function seedDemo(app: INestApplicationContext, dataSource: DataSource): Promise<boolean> {
  const identity = app.get(IdentityService);
  const workspaces = app.get(WorkspaceService);
  const clients = app.get(ClientsService);
  const leaderEmail = DEMO_LOGINS[0].email;

  const exists = await withUnitOfWork(dataSource, null, async (scope) => {
    const rows: unknown[] = await (await scope.manager()).query('SELECT id FROM login_candidate($1)', [leaderEmail]);
    return rows.length > 0;
  });
  if (exists) return false;

  // Kept for the accountability-log and deliverables demo, seeded last.
  let demoLeader: Principal | null = null;
  let demoClients: ClientEntity[] = [];
  const signedUp = await withUnitOfWork(dataSource, null, () =>
    identity.signUp(
      {
        email: leaderEmail,
        password: DEMO_PASSWORD,
        name: 'Alex Morgan',
        workspaceName: 'Morgan Fractional',
        timezone: 'Europe/Berlin',
        currency: 'EUR',
      },
      SEED_ORIGIN,
    ),
  );
  const leader: Principal = { ...signedUp.principal, sessionId: undefined };
  demoLeader = leader;
  await withUnitOfWork(dataSource, leader, async () => {
    await workspaces.update(leader, {
      legalName: 'Morgan Fractional Consulting GmbH',
      addressLine: 'Torstraße 49',
      city: 'Berlin',
      postalCode: '10119',
      country: 'DE',
      vatId: 'DE312345678',
      invoiceNumberPrefix: 'MF-',
      hoursPerDay: 8,
      capacityDaysPerMonth: 16,
    });
    const created = [];
    for (const input of DEMO_CLIENTS) created.push(await clients.create(leader, input));
    const northwind = created[0];
    demoClients = created;

    const ceoInvite = await identity.inviteMember(leader, {
      email: DEMO_LOGINS[1].email,
      role: RoleEnum.CLIENT_VIEWER,
      clientId: northwind.id,
    });
    const accountantInvite = await identity.inviteMember(leader, { email: DEMO_LOGINS[2].email, role: RoleEnum.ACCOUNTANT });
    return { ceoToken: ceoInvite.token, accountantToken: accountantInvite.token };
  }).then(async ({ ceoToken, accountantToken }) => {
    await withUnitOfWork(dataSource, null, () => identity.acceptInvitation({ token: ceoToken, name: 'Dana Whitfield', password: DEMO_PASSWORD }, SEED_ORIGIN));
    await withUnitOfWork(dataSource, null, () =>
      identity.acceptInvitation({ token: accountantToken, name: 'Sam Okafor', password: DEMO_PASSWORD }, SEED_ORIGIN),
    );
  });
  // Retainers and a year of time first: meetings, deliverables and invoices refer to them.
  if (demoLeader) await seedEngagements(app, dataSource, demoLeader, demoClients);
  if (demoLeader) await seedLogAndDeliverables(app, dataSource, demoLeader, demoClients);
  // Invoices last: issuing appends to the accountability log after its backfilled history.
  if (demoLeader) await seedInvoices(app, dataSource, demoLeader);
  // This month's meetings after invoicing: their log entries come last in every chain.
  if (demoLeader) await seedMeetings(app, dataSource, demoLeader, demoClients);
  return true;
}
