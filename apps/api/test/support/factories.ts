// Factories with sensible defaults and per-test overrides. Every actor comes from the public API,
// so tests exercise the same paths as users.
import { randomUUID } from 'node:crypto';
import type { TestApp } from './app.js';
import { gql } from './graphql.js';

export interface Actor {
  token: string;
  userId: string;
  workspaceId: string;
  email: string;
}

const AUTH_FIELDS = `accessToken viewer { user { id email } membership { role workspace { id } client { id } } }`;

function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

export const PASSWORD = 'correct-horse-battery';

export async function signUpLeader(app: TestApp, overrides: Partial<Record<string, string>> = {}): Promise<Actor> {
  const input = {
    email: unique('leader'),
    password: PASSWORD,
    name: 'Lee Leader',
    workspaceName: 'Leader Practice',
    timezone: 'Europe/Prague',
    currency: 'EUR',
    ...overrides,
  };
  const data = await gql(app, `mutation ($input: SignUpInput!) { signUp(input: $input) { ${AUTH_FIELDS} } }`, { input });
  const payload = data.signUp;
  return {
    token: payload.accessToken,
    userId: payload.viewer.user.id,
    workspaceId: payload.viewer.membership.workspace.id,
    email: input.email,
  };
}

export function clientInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: `Client ${randomUUID().slice(0, 6)}`,
    legalName: 'Client Company GmbH',
    addressLine: 'Hauptstraße 1',
    city: 'Berlin',
    postalCode: '10115',
    country: 'DE',
    vatId: 'DE123456789',
    billingEmail: 'billing@client.example',
    currency: 'EUR',
    ...overrides,
  };
}

export async function createClient(app: TestApp, leader: Actor, overrides: Record<string, unknown> = {}): Promise<{ id: string; name: string }> {
  const data = await gql(
    app,
    `mutation ($input: CreateClientInput!) { createClient(input: $input) { id name } }`,
    { input: clientInput(overrides) },
    leader.token,
  );
  return data.createClient;
}

/** Invites and accepts a member; returns the new member's session. */
export async function addMember(app: TestApp, leader: Actor, role: 'LEADER' | 'ACCOUNTANT' | 'CLIENT_VIEWER', clientId?: string): Promise<Actor> {
  const email = unique(role.toLowerCase());
  const invited = await gql(
    app,
    `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
    { input: { email, role, clientId } },
    leader.token,
  );
  const accepted = await gql(app, `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${AUTH_FIELDS} } }`, {
    input: { token: invited.inviteMember.token, name: `${role} person`, password: PASSWORD },
  });
  return {
    token: accepted.acceptInvitation.accessToken,
    userId: accepted.acceptInvitation.viewer.user.id,
    workspaceId: leader.workspaceId,
    email,
  };
}
