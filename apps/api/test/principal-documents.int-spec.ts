// One request, one principal. The attack: an accountant of workspace A who leads workspace B sends,
// with B's token, `switchWorkspace(A)` and then `inviteMember(role: LEADER)` in one document; the
// first field used to install the A principal and the second ran as it, while the roles guard
// checked the token's role. Every session-issuing mutation is combined here with every other
// mutation of the schema (generated, so a new one is covered without editing this file), plainly
// and through fragments; none may run, nothing may be written, no cookie may be set. Then the
// sessions a request's token names: log-out, log-out everywhere and a password change end them.
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from './support/app.js';
import { addMember, createClient, PASSWORD, signUpLeader, type Actor } from './support/factories.js';
import { gql, gqlError, gqlRaw } from './support/graphql.js';
import { documentFor, loadSchema, rootOperations } from './support/schema-walk.js';

const SESSION_MUTATIONS: Record<string, (ctx: { a: Actor; email: string; invitation: string }) => string> = {
  switchWorkspace: ({ a }) => `s: switchWorkspace(workspaceId: "${a.workspaceId}") { accessToken }`,
  logIn: ({ email }) => `s: logIn(email: "${email}", password: "${PASSWORD}") { accessToken }`,
  signUp: () =>
    `s: signUp(input: { email: "doc-probe-${randomUUID().slice(0, 8)}@example.test", password: "${PASSWORD}", name: "N", workspaceName: "Doc probe practice", timezone: "UTC", currency: "EUR" }) { accessToken }`,
  acceptInvitation: ({ invitation }) => `s: acceptInvitation(input: { token: "${invitation}", name: "N", password: "${PASSWORD}" }) { accessToken }`,
};

const SHALLOW = { depth: 0, argumentValue: () => '2026-03' };

describe('one principal per request', () => {
  let app: TestApp;
  let leaderA: Actor;
  let doubleAgentInB: Actor;
  let pendingInvitation: string;

  /** What the attacks could change: workspace A, the attacker's sessions, accounts they would make. */
  async function counts(): Promise<Record<string, number>> {
    const [row] = await app.owner.query(
      `SELECT (SELECT count(*)::int FROM invitations WHERE workspace_id = $1) AS invitations,
              (SELECT count(*)::int FROM memberships WHERE workspace_id = $1) AS memberships,
              (SELECT count(*)::int FROM clients WHERE workspace_id = $1) AS clients,
              (SELECT count(*)::int FROM log_entries WHERE workspace_id = $1) AS log_entries,
              (SELECT count(*)::int FROM sessions WHERE user_id = $2) AS sessions,
              (SELECT count(*)::int FROM users WHERE email LIKE 'doc-probe-%') AS users,
              (SELECT count(*)::int FROM workspaces WHERE name = 'Doc probe practice') AS workspaces`,
      [leaderA.workspaceId, doubleAgentInB.userId],
    );
    return row;
  }

  beforeAll(async () => {
    app = await startTestApp();
    leaderA = await signUpLeader(app, { workspaceName: 'Target practice' });
    await createClient(app, leaderA);
    // The attacker leads workspace B and is an accountant of A.
    doubleAgentInB = await signUpLeader(app, { workspaceName: 'Attacker practice' });
    const invited = await gql(
      app,
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
      { input: { email: doubleAgentInB.email, role: 'ACCOUNTANT' } },
      leaderA.token,
    );
    await gql(app, `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, {
      input: { token: invited.inviteMember.token, name: 'Double agent', password: PASSWORD },
    });
    pendingInvitation = (
      await gql(
        app,
        `mutation { inviteMember(input: { email: "pending-${randomUUID().slice(0, 6)}@example.test", role: ACCOUNTANT }) { token } }`,
        {},
        leaderA.token,
      )
    ).inviteMember.token;
  });
  afterAll(() => app.close());

  it('refuses the reported attack: switchWorkspace then inviteMember(LEADER) in one document', async () => {
    const before = await counts();
    const res = await app.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${doubleAgentInB.token}`)
      .send({
        query: `mutation { s: switchWorkspace(workspaceId: "${leaderA.workspaceId}") { viewer { membership { role } } }
                           i: inviteMember(input: { email: "x@attacker.test", role: LEADER }) { token role } }`,
      });
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await counts()).toEqual(before);
  });

  it('refuses every session-issuing mutation next to any other mutation, also through fragments and aliases', async () => {
    const schema = loadSchema();
    const others = rootOperations(schema).filter((op) => op.kind === 'mutation');
    const before = await counts();
    const problems: string[] = [];
    for (const [name, field] of Object.entries(SESSION_MUTATIONS)) {
      const sessionField = field({ a: leaderA, email: doubleAgentInB.email, invitation: pendingInvitation });
      for (const other of others) {
        // The other mutation as the schema walker writes it, with the session field in front.
        const document = documentFor(other, SHALLOW).replace(/\{ /, `{ ${sessionField} `);
        const viaFragment = documentFor(other, SHALLOW).replace(/\{ (.*) \}$/, `{ ...Both } fragment Both on Mutation { ${sessionField} $1 }`);
        for (const [how, query] of [
          ['plain', document],
          ['fragment', viaFragment],
        ] as const) {
          const result = await gqlRaw(app, query, {}, doubleAgentInB.token);
          const codes = (result.errors ?? []).map((e) => e.extensions?.code);
          if (result.data !== null || !codes.includes('GRAPHQL_VALIDATION_FAILED') || result.headers['set-cookie']) {
            problems.push(`${name} + ${other.name} (${how}): ${JSON.stringify(result.errors ?? result.data).slice(0, 200)}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(await counts()).toEqual(before);
  }, 120_000);

  it('issues a session alone, for the next request: the request itself keeps its principal', async () => {
    const switched = await gql(
      app,
      `mutation ($id: ID!) { switchWorkspace(workspaceId: $id) { accessToken viewer { membership { role } } } }`,
      { id: leaderA.workspaceId },
      doubleAgentInB.token,
    );
    expect(switched.switchWorkspace.viewer.membership.role).toBe('ACCOUNTANT');
    // The new token is an accountant's of A: inviting is refused; the old one still leads B.
    const refused = await gqlError(
      app,
      `mutation { inviteMember(input: { email: "y@attacker.test", role: LEADER }) { token } }`,
      {},
      switched.switchWorkspace.accessToken,
    );
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    const b = await gql(app, `{ viewer { membership { role workspace { id } } } }`, {}, doubleAgentInB.token);
    expect(b.viewer.membership).toEqual({ role: 'LEADER', workspace: { id: doubleAgentInB.workspaceId } });
  });

  describe('sessions', () => {
    const VIEWER = '{ viewer { user { id } } }';
    const logIn = async (email: string, password = PASSWORD) =>
      (await gql(app, `mutation ($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken } }`, { e: email, p: password })).logIn
        .accessToken as string;

    it('ends a session at logOut: its token stops working at once, other sessions go on', async () => {
      const leader = await signUpLeader(app);
      const other = await logIn(leader.email);
      expect(await gql(app, `mutation { logOut }`, {}, leader.token)).toEqual({ logOut: true });
      expect((await gqlError(app, VIEWER, {}, leader.token)).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await gql(app, VIEWER, {}, other)).viewer.user.id).toBe(leader.userId);
    });

    it('lists the live sessions, revokes one, and ends all with logOutEverywhere', async () => {
      const leader = await signUpLeader(app);
      const second = await logIn(leader.email);
      const listed = (await gql(app, `{ sessions { id current userAgent } }`, {}, leader.token)).sessions;
      expect(listed).toHaveLength(2);
      expect(listed.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
      const secondId = listed.find((s: { current: boolean }) => !s.current).id;
      // Another user's session is not found, like an unknown one.
      const stranger = await signUpLeader(app);
      expect((await gqlError(app, `mutation ($id: ID!) { revokeSession(id: $id) }`, { id: secondId }, stranger.token)).extensions?.code).toBe('NOT_FOUND');
      expect(await gql(app, `mutation ($id: ID!) { revokeSession(id: $id) }`, { id: secondId }, leader.token)).toEqual({ revokeSession: true });
      expect((await gqlError(app, VIEWER, {}, second)).extensions?.code).toBe('UNAUTHENTICATED');
      const third = await logIn(leader.email);
      expect(await gql(app, `mutation { logOutEverywhere }`, {}, leader.token)).toEqual({ logOutEverywhere: true });
      for (const token of [leader.token, third]) expect((await gqlError(app, VIEWER, {}, token)).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('ends every session when the password changes, and only with the right current password', async () => {
      const leader = await signUpLeader(app);
      const other = await logIn(leader.email);
      const wrong = await gqlError(app, `mutation { changePassword(currentPassword: "not-it-at-all", newPassword: "a-brand-new-password") }`, {}, leader.token);
      expect(wrong.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
      expect((await gql(app, VIEWER, {}, other)).viewer.user.id).toBe(leader.userId);
      await gql(app, `mutation ($p: String!) { changePassword(currentPassword: $p, newPassword: "a-brand-new-password") }`, { p: PASSWORD }, leader.token);
      for (const token of [leader.token, other]) expect((await gqlError(app, VIEWER, {}, token)).extensions?.code).toBe('UNAUTHENTICATED');
      await expect(logIn(leader.email)).rejects.toThrow(/incorrect/);
      expect(await logIn(leader.email, 'a-brand-new-password')).toEqual(expect.any(String));
    });

    it('lists pending invitations to the leader and revokes one: its link stops working', async () => {
      const leader = await signUpLeader(app);
      const email = `invitee-${randomUUID().slice(0, 6)}@example.test`;
      const { token } = (
        await gql(app, `mutation ($e: String!) { inviteMember(input: { email: $e, role: ACCOUNTANT }) { token } }`, { e: email }, leader.token)
      ).inviteMember;
      const listed = (await gql(app, `{ invitations { id email role expiresAt } }`, {}, leader.token)).invitations;
      expect(listed).toEqual([expect.objectContaining({ email, role: 'ACCOUNTANT' })]);
      const accountant = await addMember(app, leader, 'ACCOUNTANT');
      expect((await gqlError(app, `{ invitations { id } }`, {}, accountant.token)).extensions?.code).toBe('FORBIDDEN');
      expect((await gqlError(app, `mutation ($id: ID!) { revokeInvitation(id: $id) }`, { id: listed[0].id }, accountant.token)).extensions?.code).toBe(
        'FORBIDDEN',
      );
      const stranger = await signUpLeader(app);
      expect((await gqlError(app, `mutation ($id: ID!) { revokeInvitation(id: $id) }`, { id: listed[0].id }, stranger.token)).extensions?.code).toBe(
        'NOT_FOUND',
      );
      expect(await gql(app, `mutation ($id: ID!) { revokeInvitation(id: $id) }`, { id: listed[0].id }, leader.token)).toEqual({ revokeInvitation: true });
      const accept = await gqlError(
        app,
        `mutation ($t: String!) { acceptInvitation(input: { token: $t, name: "N", password: "${PASSWORD}" }) { accessToken } }`,
        { t: token },
      );
      expect(accept.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'token' });
      expect((await gql(app, `{ invitations { id } }`, {}, leader.token)).invitations).toEqual([]);
    });
  });
});
