import { startTestApp, type TestApp } from './support/app.js';
import { addMember, createClient, PASSWORD, signUpLeader } from './support/factories.js';
import { gql, gqlError, gqlRaw } from './support/graphql.js';

const LOG_IN = `mutation ($email: String!, $password: String!, $workspaceId: ID) {
  logIn(email: $email, password: $password, workspaceId: $workspaceId) {
    accessToken expiresAt
    viewer { user { email } membership { role workspace { id name } client { id name } } memberships { role workspace { id } } }
  }
}`;

describe('auth and roles', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ LOGIN_LIMIT_PER_EMAIL: '5' });
  });
  afterAll(() => app.close());

  it('signs up a leader with a workspace and answers viewer with the Bearer token', async () => {
    const leader = await signUpLeader(app, { workspaceName: 'Acme Fractional', timezone: 'America/New_York', currency: 'USD' });
    const data = await gql(app, `{ viewer { user { email name } membership { role workspace { name timezone currency hoursPerDay } } } }`, {}, leader.token);
    expect(data.viewer.user.email).toBe(leader.email);
    expect(data.viewer.membership).toEqual({
      role: 'LEADER',
      workspace: { name: 'Acme Fractional', timezone: 'America/New_York', currency: 'USD', hoursPerDay: 8 },
    });
  });

  it('refuses a duplicate e-mail at sign-up with CONFLICT and invalid fields with BAD_USER_INPUT naming them', async () => {
    const leader = await signUpLeader(app);
    const duplicate = await gqlError(app, `mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }`, {
      input: { email: leader.email, password: PASSWORD, name: 'x', workspaceName: 'y', timezone: 'UTC', currency: 'EUR' },
    });
    expect(duplicate.extensions?.code).toBe('CONFLICT');
    for (const [field, value] of [
      ['timezone', 'Mars/Olympus'],
      ['currency', 'EURO'],
      ['email', 'not-an-email'],
      ['password', 'short'],
    ]) {
      const input = { email: `new-${field}@example.test`, password: PASSWORD, name: 'x', workspaceName: 'y', timezone: 'UTC', currency: 'EUR', [field]: value };
      const error = await gqlError(app, `mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }`, { input });
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('logs in, sets an httpOnly SameSite session cookie, and accepts that cookie', async () => {
    const leader = await signUpLeader(app);
    const res = await app.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({
        query: LOG_IN,
        variables: { email: leader.email.toUpperCase(), password: PASSWORD },
      });
    expect(res.body.data.logIn.viewer.membership.role).toBe('LEADER');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/allot_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = cookie.split(';')[0];
    const viewer = await app.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', session)
      .send({ query: '{ viewer { user { email } } }' });
    expect(viewer.body.data.viewer.user.email).toBe(leader.email);
  });

  it('refuses a wrong password and an unknown e-mail alike', async () => {
    const leader = await signUpLeader(app);
    const wrong = await gqlError(app, LOG_IN, { email: leader.email, password: 'wrong-password-123' });
    const unknown = await gqlError(app, LOG_IN, { email: 'nobody@example.test', password: 'wrong-password-123' });
    expect(wrong.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown).toMatchObject({ message: wrong.message, extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('slows down a burst of failed log-ins for one e-mail, refusing even the right password during the wait', async () => {
    const leader = await signUpLeader(app);
    const codes: string[] = [];
    for (let attempt = 0; attempt < 8; attempt++) {
      const error = await gqlError(app, LOG_IN, { email: leader.email, password: `guess-${attempt}-password` });
      codes.push(error.extensions?.code ?? '');
    }
    // 5 free failures, then the 6th earns a wait, which refuses what comes at once.
    expect(codes.slice(0, 6)).toEqual(Array(6).fill('UNAUTHENTICATED'));
    expect(codes.slice(6)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
    const blocked = await gqlError(app, LOG_IN, { email: leader.email, password: PASSWORD });
    expect(blocked.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('requires authentication for everything but the public operations', async () => {
    for (const query of ['{ viewer { user { id } } }', '{ workspace { id } }', '{ clients { id } }', '{ members { role } }']) {
      const error = await gqlError(app, query);
      expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const forged = await gqlError(app, '{ viewer { user { id } } }', {}, 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.');
    expect(forged.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('invites a client viewer and an accountant who accept and act within their role', async () => {
    const leader = await signUpLeader(app);
    const client = await createClient(app, leader, { name: 'Northwind' });
    const viewer = await addMember(app, leader, 'CLIENT_VIEWER', client.id);
    const accountant = await addMember(app, leader, 'ACCOUNTANT');

    const seen = await gql(app, `{ viewer { membership { role client { name } } } clients { name } }`, {}, viewer.token);
    expect(seen.viewer.membership).toEqual({ role: 'CLIENT_VIEWER', client: { name: 'Northwind' } });
    expect(seen.clients).toEqual([{ name: 'Northwind' }]);

    const members = await gql(app, `{ members { user { email } role client { name } } }`, {}, leader.token);
    expect(members.members.map((m: any) => m.role).sort()).toEqual(['ACCOUNTANT', 'CLIENT_VIEWER', 'LEADER']);

    for (const actor of [viewer, accountant]) {
      expect((await gqlError(app, `{ members { role } }`, {}, actor.token)).extensions?.code).toBe('FORBIDDEN');
      const invite = await gqlError(app, `mutation { inviteMember(input: { email: "x@example.test", role: ACCOUNTANT }) { token } }`, {}, actor.token);
      expect(invite.extensions?.code).toBe('FORBIDDEN');
      const update = await gqlError(app, `mutation { updateWorkspace(input: { name: "Mine" }) { name } }`, {}, actor.token);
      expect(update.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('validates invitations: a viewer needs a client of this workspace, and a token works once', async () => {
    const leader = await signUpLeader(app);
    const other = await signUpLeader(app);
    const foreignClient = await createClient(app, other);
    const missing = await gqlError(app, `mutation { inviteMember(input: { email: "v@example.test", role: CLIENT_VIEWER }) { token } }`, {}, leader.token);
    expect(missing.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'clientId' });
    const foreign = await gqlError(
      app,
      `mutation ($clientId: ID) { inviteMember(input: { email: "v@example.test", role: CLIENT_VIEWER, clientId: $clientId }) { token } }`,
      { clientId: foreignClient.id },
      leader.token,
    );
    expect(foreign.extensions?.code).toBe('NOT_FOUND');

    const invited = await gql(
      app,
      `mutation { inviteMember(input: { email: "acc@example.test", role: ACCOUNTANT }) { token role expiresAt } }`,
      {},
      leader.token,
    );
    const accept = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { viewer { membership { role } } } }`;
    const first = await gql(app, accept, { input: { token: invited.inviteMember.token, name: 'Acc', password: PASSWORD } });
    expect(first.acceptInvitation.viewer.membership.role).toBe('ACCOUNTANT');
    const again = await gqlError(app, accept, { input: { token: invited.inviteMember.token, name: 'Acc', password: PASSWORD } });
    expect(again.extensions?.code).toBe('CONFLICT');
    const bogus = await gqlError(app, accept, { input: { token: `${leader.workspaceId}.forged-token-value`, name: 'Acc', password: PASSWORD } });
    expect(bogus.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('switches between workspaces of one person, and refuses a workspace they are not in', async () => {
    const first = await signUpLeader(app, { workspaceName: 'First practice' });
    const second = await signUpLeader(app, { workspaceName: 'Second practice' });
    const client = await createClient(app, second);
    const invited = await gql(
      app,
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
      { input: { email: first.email, role: 'CLIENT_VIEWER', clientId: client.id } },
      second.token,
    );
    const wrongPassword = await gqlError(app, `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, {
      input: { token: invited.inviteMember.token, name: 'Me', password: 'not-my-password' },
    });
    expect(wrongPassword.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });
    await gql(app, `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, {
      input: { token: invited.inviteMember.token, name: 'Me', password: PASSWORD },
    });

    const login = await gql(app, LOG_IN, { email: first.email, password: PASSWORD });
    expect(login.logIn.viewer.memberships).toHaveLength(2);
    expect(login.logIn.viewer.membership.workspace.name).toBe('First practice');

    const switched = await gql(
      app,
      `mutation ($id: ID!) { switchWorkspace(workspaceId: $id) { accessToken viewer { membership { role workspace { name } client { id } } } } }`,
      { id: second.workspaceId },
      login.logIn.accessToken,
    );
    expect(switched.switchWorkspace.viewer.membership).toEqual({ role: 'CLIENT_VIEWER', workspace: { name: 'Second practice' }, client: { id: client.id } });
    const clients = await gql(app, `{ clients { id } }`, {}, switched.switchWorkspace.accessToken);
    expect(clients.clients).toEqual([{ id: client.id }]);

    const stranger = await signUpLeader(app);
    const refused = await gqlError(app, `mutation ($id: ID!) { switchWorkspace(workspaceId: $id) { accessToken } }`, { id: stranger.workspaceId }, first.token);
    expect(refused.extensions?.code).toBe('NOT_FOUND');
  });

  it('updates the workspace with validation naming the field', async () => {
    const leader = await signUpLeader(app);
    const updated = await gql(
      app,
      `mutation { updateWorkspace(input: { hoursPerDay: 7.5, capacityDaysPerMonth: 15.5, country: "CZ", invoiceNumberPrefix: "AC-", vatId: "CZ12345678" }) { hoursPerDay capacityDaysPerMonth country invoiceNumberPrefix vatId } }`,
      {},
      leader.token,
    );
    expect(updated.updateWorkspace).toEqual({ hoursPerDay: 7.5, capacityDaysPerMonth: 15.5, country: 'CZ', invoiceNumberPrefix: 'AC-', vatId: 'CZ12345678' });
    for (const [field, literal] of [
      ['hoursPerDay', 'hoursPerDay: 30'],
      ['country', 'country: "Czechia"'],
      ['timezone', 'timezone: "Nowhere/Town"'],
      ['invoiceNumberPrefix', 'invoiceNumberPrefix: "bad prefix!"'],
    ]) {
      const error = await gqlError(app, `mutation { updateWorkspace(input: { ${literal} }) { name } }`, {}, leader.token);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    const after = await gql(app, `{ workspace { hoursPerDay country } }`, {}, leader.token);
    expect(after.workspace).toEqual({ hoursPerDay: 7.5, country: 'CZ' });
  });

  it('refuses a cookie-carrying request that is not a JSON POST (CSRF prevention)', async () => {
    const leader = await signUpLeader(app);
    const res = await app.http.get('/graphql').query({ query: '{ viewer { user { email } } }' }).set('cookie', `allot_session=${leader.token}`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body ?? res.text)).not.toContain(leader.email);
  });

  it('clears the session cookie on logOut', async () => {
    const result = await gqlRaw(app, `mutation { logOut }`);
    expect(result.data).toEqual({ logOut: true });
    expect(String(result.headers['set-cookie'])).toMatch(/allot_session=;/);
  });
});

describe('accepting an invitation as an existing account', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ LOGIN_LIMIT_PER_EMAIL: '3' });
  });
  afterAll(() => app.close());

  it('slows password guesses down like logIn does, and takes the right password after the wait', async () => {
    const invitee = await signUpLeader(app);
    const inviter = await signUpLeader(app);
    const invited = await gql(
      app,
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
      { input: { email: invitee.email, role: 'ACCOUNTANT' } },
      inviter.token,
    );
    const accept = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`;
    const codes: string[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const error = await gqlError(app, accept, { input: { token: invited.inviteMember.token, name: 'Me', password: `guess-number-${attempt}` } });
      codes.push(error.extensions?.code ?? '');
    }
    expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'TOO_MANY_REQUESTS']);
    // The 4th failure (the first beyond the 3 free ones) costs a 1 s wait, then the password is taken.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const accepted = await gql(app, accept, { input: { token: invited.inviteMember.token, name: 'Me', password: PASSWORD } });
    expect(accepted.acceptInvitation.accessToken).toEqual(expect.any(String));
  });
});
