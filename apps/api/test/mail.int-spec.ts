// E-mail end to end, with real parts: the API enqueues in its request transaction, pg-boss runs
// the delivery job, nodemailer speaks SMTP to a real SMTP server (smtp-server) listening in this
// test, and mailparser reads what arrived. On a database of its own, since its workers would
// otherwise take other test files' jobs (and theirs none of ours).
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { JobQueue } from '../src/jobs/job-queue.js';
import { MailDelivery } from '../src/mail/mail-delivery.js';
import { startTestApp, type TestApp } from './support/app.js';
import { siblingDatabaseUrl, testDatabaseUrl } from './support/database.js';
import { PASSWORD, createClient, signUpLeader, type Actor } from './support/factories.js';
import { gql, gqlError, gqlRaw } from './support/graphql.js';

const PUBLIC_URL = 'https://allot.example.test';
const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id token expiresAt } }`;
const OUTBOX = `query ($first: Int, $after: String) {
  outbox(first: $first, after: $after) {
    nodes { id kind recipient subject html text status attempts lastError createdAt sentAt }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Received {
  envelopeTo: string[];
  mail: ParsedMail;
}

/** A real SMTP server on a free loopback port; recipients on `refused.example.test` get a permanent 550. */
async function startSmtp(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith('@refused.example.test')) {
        callback(Object.assign(new Error('No such mailbox here'), { responseCode: 550 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), mail });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function unique(prefix: string, domain = 'example.test'): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 10)}@${domain}`;
}

describe('e-mail', () => {
  const name = `${new URL(testDatabaseUrl()).pathname.slice(1)}_mail`;
  const url = siblingDatabaseUrl(name);
  let admin: pg.Client;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const apps: TestApp[] = [];

  async function start(env: Record<string, string> = {}): Promise<TestApp> {
    const app = await startTestApp({
      DATABASE_URL: url,
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Allot <allot@example.test>',
      PUBLIC_URL,
      JOBS_WORKER: 'true',
      ...env,
    });
    apps.push(app);
    return app;
  }

  async function stop(app: TestApp): Promise<void> {
    apps.splice(apps.indexOf(app), 1);
    await app.close();
  }

  const receivedBy = (address: string) => smtp.received.filter((r) => r.envelopeTo.includes(address));

  async function outboxRows(recipient: string): Promise<Array<{ status: string; attempts: number; last_error: string | null }>> {
    const { rows } = await admin.query(`SELECT status, attempts, last_error FROM outbox_messages WHERE recipient = $1`, [recipient]);
    return rows;
  }

  async function jobsFor(recipient: string): Promise<number> {
    const { rows } = await admin.query(
      `SELECT count(*)::int AS n FROM pgboss.job j JOIN outbox_messages m ON m.id = (j.data->>'messageId')::uuid WHERE m.recipient = $1`,
      [recipient],
    );
    return rows[0].n;
  }

  beforeAll(async () => {
    const server = new pg.Client({ connectionString: testDatabaseUrl() });
    await server.connect();
    await server.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await server.query(`CREATE DATABASE "${name}"`);
    await server.end();
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    smtp = await startSmtp();
  });

  afterAll(async () => {
    for (const app of [...apps]) await app.close();
    await admin.end().catch(() => undefined);
    await smtp.close();
    const server = new pg.Client({ connectionString: testDatabaseUrl() });
    await server.connect();
    await server.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await server.end();
  });

  describe('with SMTP', () => {
    let app: TestApp;
    let leader: Actor;

    beforeAll(async () => {
      app = await start();
      leader = await signUpLeader(app, { name: 'Lee <Leader>', workspaceName: 'Cobalt & Partners', timezone: 'Europe/Prague' });
    });

    afterAll(async () => {
      if (apps.includes(app)) await stop(app);
    });

    it('sends the invitee the invitation: who invites, to which practice and client, a link that works, and its expiry', async () => {
      const client = await createClient(app, leader, { name: 'Northwind Robotics' });
      const email = unique('ceo');
      const invited = (await gql(app, INVITE, { input: { email, role: 'CLIENT_VIEWER', clientId: client.id } }, leader.token)).inviteMember;

      const [{ mail }] = await waitFor('the invitation to arrive', () => (receivedBy(email).length ? receivedBy(email) : undefined));
      const link = `${PUBLIC_URL}/accept-invitation?token=${encodeURIComponent(invited.token)}`;
      expect(mail.from?.value).toEqual([{ name: 'Allot', address: 'allot@example.test' }]);
      expect((Array.isArray(mail.to) ? mail.to : [mail.to]).map((to) => to?.text)).toEqual([email]);
      expect(mail.subject).toBe('Lee <Leader> invited you to Cobalt & Partners on Allot');
      expect(mail.messageId).toMatch(/@allot\.outbox>$/);

      // The text part, on its own.
      const text = mail.text ?? '';
      expect(text).toContain(`Lee <Leader> (${leader.email}) invited you to Cobalt & Partners, for Northwind Robotics.`);
      expect(text).toContain(link);
      const expiry = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Prague' }).format(
        new Date(invited.expiresAt),
      );
      expect(text).toMatch(new RegExp(`The invitation expires on ${expiry} at \\d\\d:\\d\\d (CET|CEST)\\.`));

      // The HTML part: responsive MJML output, names escaped, the link as a button and in full.
      const html = typeof mail.html === 'string' ? mail.html : '';
      expect(html).toContain('<!doctype html>');
      expect(html).toContain('@media only screen');
      expect(html).toContain(`href="${link}"`);
      expect(html).toContain('Lee &lt;Leader&gt;');
      expect(html).not.toContain('Lee <Leader>');
      expect(html).toContain('Cobalt &amp; Partners');
      expect(html).toContain('Accept the invitation');

      // The token in the e-mail is the invitation's: accepting with it makes a member.
      const token = decodeURIComponent(/accept-invitation\?token=([^\s"&<]+)/.exec(text)![1]);
      expect(token).toBe(invited.token);
      const accepted = await gql(
        app,
        `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { viewer { membership { role client { name } } } } }`,
        { input: { token, name: 'Nia Northwind', password: PASSWORD } },
      );
      expect(accepted.acceptInvitation.viewer.membership).toEqual({ role: 'CLIENT_VIEWER', client: { name: 'Northwind Robotics' } });

      // The leader's outbox shows it as sent, with both parts as they went out.
      const { outbox } = await gql(app, OUTBOX, {}, leader.token);
      const message = outbox.nodes.find((node: { recipient: string }) => node.recipient === email);
      expect(message).toMatchObject({ kind: 'INVITATION', status: 'SENT', attempts: 1, lastError: null, subject: mail.subject });
      expect(message.sentAt).toEqual(expect.any(String));
      expect(message.text).toContain(link);
      expect(message.html).toContain(`href="${link}"`);
    });

    it('enqueues and sends nothing for a request that fails after inviting', async () => {
      const email = unique('rolled-back');
      // Two fields, one transaction: the second fails (an existing member), so the first's
      // invitation, its outbox row and its job roll back with it.
      const result = await gqlRaw(
        app,
        `mutation ($first: InviteMemberInput!, $second: InviteMemberInput!) {
          first: inviteMember(input: $first) { id }
          second: inviteMember(input: $second) { id }
        }`,
        { first: { email, role: 'ACCOUNTANT' }, second: { email: leader.email, role: 'ACCOUNTANT' } },
        leader.token,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(await outboxRows(email)).toEqual([]);
      const { rows } = await admin.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE data->>'workspaceId' = $1 AND state = 'created'`, [
        leader.workspaceId,
      ]);
      expect(rows[0].n).toBe(0);

      // A later invitation goes through the same worker: once it has arrived, the rolled-back one
      // would have too, had it been enqueued.
      const marker = unique('after');
      await gql(app, INVITE, { input: { email: marker, role: 'ACCOUNTANT' } }, leader.token);
      await waitFor('the later invitation', () => (receivedBy(marker).length ? true : undefined));
      await sleep(500);
      expect(receivedBy(email)).toEqual([]);
      expect((await gql(app, OUTBOX, { first: 100 }, leader.token)).outbox.nodes.map((n: { recipient: string }) => n.recipient)).not.toContain(email);
    });

    it('gives up at once on a permanent refusal, and says why', async () => {
      const email = unique('nobody', 'refused.example.test');
      await gql(app, INVITE, { input: { email, role: 'ACCOUNTANT' } }, leader.token);
      const [row] = await waitFor('the refusal to be recorded', async () => {
        const rows = await outboxRows(email);
        return rows[0]?.status === 'FAILED' ? rows : undefined;
      });
      expect(row).toMatchObject({ status: 'FAILED', attempts: 1 });
      expect(row.last_error).toMatch(/^SMTP 550/);
      expect(receivedBy(email)).toEqual([]);
    });

    it('sends a message committed while no worker ran once a worker starts again (a restart)', async () => {
      await app.app.get(JobQueue).stopWorkers();
      const email = unique('while-stopped');
      await gql(app, INVITE, { input: { email, role: 'ACCOUNTANT' } }, leader.token);
      // Committed: the message and its job are there, waiting.
      expect(await outboxRows(email)).toEqual([{ status: 'QUEUED', attempts: 0, last_error: null }]);
      expect(await jobsFor(email)).toBe(1);
      await sleep(2500);
      expect(receivedBy(email)).toEqual([]);

      // The process ends (its pool and all) and another starts on the same database.
      await stop(app);
      app = await start();
      await waitFor('the message after the restart', () => (receivedBy(email).length ? true : undefined));
      expect(receivedBy(email)).toHaveLength(1);
      expect(await outboxRows(email)).toEqual([{ status: 'SENT', attempts: 1, last_error: null }]);
    });

    it('sends each message once with two app instances working the same queue', async () => {
      const other = await start();
      try {
        const emails = Array.from({ length: 8 }, (_, i) => unique(`twice-${i}`));
        // Half through each instance, all picked up by whichever worker claims them first.
        for (const [i, email] of emails.entries()) {
          await gql(i % 2 ? other : app, INVITE, { input: { email, role: 'ACCOUNTANT' } }, leader.token);
        }
        await waitFor('every message', () => (emails.every((email) => receivedBy(email).length > 0) ? true : undefined));
        // Time for a duplicate to turn up, were one on its way.
        await sleep(2500);
        for (const email of emails) {
          expect({ email, received: receivedBy(email).length }).toEqual({ email, received: 1 });
          expect(await outboxRows(email)).toEqual([{ status: 'SENT', attempts: 1, last_error: null }]);
        }
      } finally {
        await stop(other);
      }
    });

    it('sends a message once when its job runs twice at the same time (a job that expired under a live worker)', async () => {
      const other = await start();
      try {
        for (const instance of [app, other]) await instance.app.get(JobQueue).stopWorkers();
        const email = unique('raced');
        await gql(app, INVITE, { input: { email, role: 'ACCOUNTANT' } }, leader.token);
        const { rows } = await admin.query(`SELECT id, workspace_id FROM outbox_messages WHERE recipient = $1`, [email]);
        const job = { workspaceId: rows[0].workspace_id, messageId: rows[0].id };
        // Both instances deliver it at once: the row lock makes one wait, and it then finds the message sent.
        await Promise.all([app.app.get(MailDelivery).deliver(job), other.app.get(MailDelivery).deliver(job)]);
        expect(receivedBy(email)).toHaveLength(1);
        expect(await outboxRows(email)).toEqual([{ status: 'SENT', attempts: 1, last_error: null }]);
      } finally {
        await stop(other);
        await app.app.get(JobQueue).startWorkers();
      }
    });

    it('lets allot_app enqueue and no more: the leader reads the outbox, only the system records deliveries, nobody rewrites a message', async () => {
      const email = unique('policy');
      await gql(app, INVITE, { input: { email, role: 'ACCOUNTANT' } }, leader.token);
      const [{ id }] = (await admin.query(`SELECT id FROM outbox_messages WHERE recipient = $1`, [email])).rows;
      const as = async (settings: { workspace: string; role: string }, sql: string, params: unknown[] = []) => {
        await admin.query('BEGIN');
        try {
          await admin.query('SET LOCAL ROLE allot_app');
          await admin.query(`SELECT set_config('app.workspace_id', $1, true), set_config('app.role', $2, true)`, [settings.workspace, settings.role]);
          return (await admin.query(sql, params)).rowCount;
        } finally {
          await admin.query('ROLLBACK');
        }
      };
      const leaderOf = { workspace: leader.workspaceId, role: 'LEADER' };
      const systemOf = { workspace: leader.workspaceId, role: 'SYSTEM' };
      expect(await as(leaderOf, `SELECT 1 FROM outbox_messages WHERE id = $1`, [id])).toBe(1);
      expect(await as({ ...leaderOf, role: 'ACCOUNTANT' }, `SELECT 1 FROM outbox_messages WHERE id = $1`, [id])).toBe(0);
      expect(await as({ workspace: '00000000-0000-4000-8000-000000000000', role: 'SYSTEM' }, `SELECT 1 FROM outbox_messages WHERE id = $1`, [id])).toBe(0);
      // A leader cannot mark a message sent; the system can.
      expect(await as(leaderOf, `UPDATE outbox_messages SET status = 'SENT', sent_at = now() WHERE id = $1`, [id])).toBe(0);
      expect(await as(systemOf, `UPDATE outbox_messages SET status = 'SENT', sent_at = now() WHERE id = $1`, [id])).toBe(1);
      // What was sent stays as it was sent, and a message is never inserted as already sent.
      await expect(as(systemOf, `UPDATE outbox_messages SET subject = 'changed' WHERE id = $1`, [id])).rejects.toThrow(/permission denied/);
      await expect(as(systemOf, `DELETE FROM outbox_messages WHERE id = $1`, [id])).rejects.toThrow(/permission denied/);
      await expect(
        as(
          leaderOf,
          `INSERT INTO outbox_messages (id, workspace_id, kind, recipient, subject, html, text, status, sent_at)
                      VALUES (gen_random_uuid(), $1, 'INVITATION', 'x@example.test', 's', 'h', 't', 'SENT', now())`,
          [leader.workspaceId],
        ),
      ).rejects.toThrow(/row-level security/);
      // The job queue: enqueueing only. No reading of jobs' data, no claiming, no deleting.
      await expect(as(leaderOf, `SELECT data FROM pgboss.job_common`)).rejects.toThrow(/permission denied/);
      await expect(as(leaderOf, `UPDATE pgboss.job_common SET state = 'active'`)).rejects.toThrow(/permission denied/);
      await expect(as(leaderOf, `DELETE FROM pgboss.job_common`)).rejects.toThrow(/permission denied/);
      await expect(as(leaderOf, `SELECT count(*) FROM pgboss.schedule`)).rejects.toThrow(/permission denied/);
    });

    it('shows the outbox to the leader only, newest first, page by page', async () => {
      const accountantEmail = unique('accountant');
      const invited = (await gql(app, INVITE, { input: { email: accountantEmail, role: 'ACCOUNTANT' } }, leader.token)).inviteMember;
      const accepted = await gql(app, `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, {
        input: { token: invited.token, name: 'Ann Accountant', password: PASSWORD },
      });
      expect((await gqlError(app, OUTBOX, {}, accepted.acceptInvitation.accessToken)).extensions?.code).toBe('FORBIDDEN');

      const firstPage = (await gql(app, OUTBOX, { first: 2 }, leader.token)).outbox;
      expect(firstPage.nodes).toHaveLength(2);
      expect(firstPage.nodes[0].recipient).toBe(accountantEmail);
      expect(firstPage.pageInfo.hasNextPage).toBe(true);
      const secondPage = (await gql(app, OUTBOX, { first: 2, after: firstPage.pageInfo.endCursor }, leader.token)).outbox;
      expect(secondPage.nodes).toHaveLength(2);
      expect(secondPage.nodes[0].createdAt <= firstPage.nodes[1].createdAt).toBe(true);
      expect(secondPage.nodes.map((n: { id: string }) => n.id)).not.toContain(firstPage.nodes[1].id);

      // Another workspace's leader sees none of it.
      const stranger = await signUpLeader(app);
      expect((await gql(app, OUTBOX, {}, stranger.token)).outbox.nodes).toEqual([]);
    });
  });

  describe('without SMTP', () => {
    it('keeps the message in the outbox as not sent, for the leader to read', async () => {
      const app = await start({ SMTP_URL: '', MAIL_FROM: '' });
      try {
        const leader = await signUpLeader(app);
        const email = unique('unsent');
        const before = smtp.received.length;
        await gql(app, INVITE, { input: { email, role: 'ACCOUNTANT' } }, leader.token);
        const message = await waitFor('the worker to settle the message', async () => {
          const nodes = (await gql(app, OUTBOX, {}, leader.token)).outbox.nodes;
          return nodes[0]?.status === 'NOT_SENT' ? nodes[0] : undefined;
        });
        expect(message).toMatchObject({ recipient: email, status: 'NOT_SENT', attempts: 0, sentAt: null });
        expect(message.lastError).toMatch(/No SMTP server is configured/);
        expect(message.text).toContain(`${PUBLIC_URL}/accept-invitation?token=`);
        expect(message.html).toContain('Accept the invitation');
        expect(smtp.received.length).toBe(before);
      } finally {
        await stop(app);
      }
    });
  });
});
