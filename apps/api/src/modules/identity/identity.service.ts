// Accounts, sessions and memberships: sign-up, log-in, switching workspace, invitations.
import { requireRole } from '../../access/access-policy.js';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as argon2 from 'argon2';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, In, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { BadInputError, ConflictError, NotFoundError, UnauthenticatedError } from '../../common/errors.js';
import { isUuid } from '../../common/iso.js';
import { db } from '../../database/db.js';
import { currentScope, withUnitOfWork, type Principal, type Role } from '../../database/request-scope.js';
import { ClientEntity, WorkspaceEntity } from '../../database/entities.js';
import { LoginThrottle } from '../../auth/login-throttle.js';
import { InvitationEntity } from './invitation.entity.js';
import { MembershipEntity } from './membership.entity.js';
import { UserEntity } from './user.entity.js';
import type { AcceptInvitationInput, InviteMemberInput, SignUpInput } from './dto.js';
import { OutboxService } from '../../mail/outbox.service.js';
import { invitationMail } from '../../mail/templates/invitation.js';

const INVITATION_DAYS = 14;
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export interface Session {
  accessToken: string;
  expiresAt: Date;
  user: UserEntity;
  membership: MembershipEntity;
  /** Who the next request with this token will be. */
  principal: Principal;
}

export interface SessionInfo {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string;
  ip: string;
  current: boolean;
}

export interface MembershipView {
  membership: MembershipEntity;
  workspace: WorkspaceEntity;
  client: ClientEntity | null;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function principalOf(membership: MembershipEntity, sessionId?: string): Principal {
  return {
    userId: membership.userId,
    membershipId: membership.id,
    workspaceId: membership.workspaceId,
    role: membership.role,
    clientId: membership.clientId,
    ...(sessionId ? { sessionId } : {}),
  };
}

/** Where a sign-in comes from, for throttling and the session list. */
export interface Origin {
  ip: string;
  userAgent: string;
}

/**
 * Sign-in operations (signUp, logIn, acceptInvitation) check their credentials through narrow
 * database functions that need no tenant settings, then do their writes in a transaction of their
 * own whose settings are the verified identity: the request they arrive in stays anonymous, and
 * the token they return is for the next request.
 */
@Injectable()
export class IdentityService {
  // Verifying against a real hash when the e-mail is unknown keeps response times alike, so
  // timing does not reveal which e-mails have accounts.
  private readonly dummyHash = argon2.hash('not-a-real-password', ARGON2_OPTIONS);

  constructor(
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
  ) {}

  /** The web app's page that accepts an invitation (apps/web's invitationLink builds the same). */
  acceptInvitationUrl(token: string): string {
    return `${this.config.publicUrl}/accept-invitation?token=${encodeURIComponent(token)}`;
  }

  hashPassword(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  private async passwordOf(email: string): Promise<{ id: string; passwordHash: string } | null> {
    const manager = await db();
    const [row]: Array<{ id: string; password_hash: string }> = await manager.query('SELECT id, password_hash FROM login_candidate($1)', [email]);
    return row ? { id: row.id, passwordHash: row.password_hash } : null;
  }

  async signUp(input: SignUpInput, origin: Origin): Promise<Session> {
    const email = normaliseEmail(input.email);
    this.throttle.assertMayAttempt('signUp', email, origin.ip);
    if (await this.passwordOf(email)) throw new ConflictError('An account with this e-mail already exists: log in instead.');
    const user = { id: randomUUID(), email, name: input.name.trim(), passwordHash: await this.hashPassword(input.password) };
    const membership = { id: randomUUID(), workspaceId: randomUUID(), userId: user.id, role: 'LEADER' as const, clientId: null };
    return withUnitOfWork(this.dataSource, principalOf(membership as MembershipEntity), async () => {
      const manager = await db();
      await manager.insert(UserEntity, user);
      await manager.insert(WorkspaceEntity, {
        id: membership.workspaceId,
        name: input.workspaceName.trim(),
        timezone: input.timezone,
        currency: input.currency,
        legalName: input.workspaceName.trim(),
      });
      await manager.insert(MembershipEntity, membership);
      return this.startSession(user.id, membership.id, origin);
    });
  }

  async logIn(emailInput: string, password: string, workspaceId: string | null, origin: Origin): Promise<Session> {
    const email = normaliseEmail(emailInput);
    if (!email) throw new BadInputError('email', 'Enter your e-mail address.');
    if (!password) throw new BadInputError('password', 'Enter your password.');
    this.throttle.assertMayAttempt('login', email, origin.ip);
    const candidate = await this.passwordOf(email);
    const valid = candidate ? await argon2.verify(candidate.passwordHash, password) : (await argon2.verify(await this.dummyHash, password), false);
    if (!candidate || !valid) throw new UnauthenticatedError('E-mail or password is incorrect.');
    this.throttle.recordSuccess('login', email, origin.ip);
    return withUnitOfWork(this.dataSource, { userId: candidate.id }, async () => {
      const membership = await this.pickMembership(candidate.id, workspaceId ?? null);
      return this.startSession(candidate.id, membership.id, origin);
    });
  }

  /** A token for another of the user's workspaces, for the next request; same sign-in session. */
  async switchWorkspace(principal: Principal, workspaceId: string): Promise<Session> {
    const membership = await this.pickMembership(principal.userId, workspaceId);
    if (!principal.sessionId) throw new UnauthenticatedError();
    return this.sessionFor(await this.user(principal.userId), membership, principal.sessionId);
  }

  async inviteMember(principal: Principal, input: InviteMemberInput): Promise<{ invitation: InvitationEntity; token: string; client: ClientEntity | null }> {
    requireRole(principal, 'member.invite');
    const manager = await db();
    const email = normaliseEmail(input.email);
    const role = input.role as Role;
    let client: ClientEntity | null = null;
    if (role === 'CLIENT_VIEWER') {
      if (!input.clientId) throw new BadInputError('clientId', 'A client viewer must be invited to one client: choose it.');
      client = await this.requireClient(principal.workspaceId, input.clientId);
    } else if (input.clientId) {
      throw new BadInputError('clientId', 'Only a client viewer is invited to a client: leave clientId empty for this role.');
    }
    const existing = await manager
      .createQueryBuilder(MembershipEntity, 'm')
      .innerJoin(UserEntity, 'u', 'u.id = m.user_id')
      .where('m.workspace_id = :workspaceId AND u.email = :email', { workspaceId: principal.workspaceId, email })
      .getOne();
    if (existing) throw new ConflictError(`${email} is already a member of this workspace.`);
    const token = `${principal.workspaceId}.${randomBytes(32).toString('base64url')}`;
    const invitation = manager.create(InvitationEntity, {
      id: randomUUID(),
      workspaceId: principal.workspaceId,
      email,
      role,
      clientId: client?.id ?? null,
      tokenHash: hashToken(token),
      invitedBy: principal.userId,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000),
      acceptedAt: null,
    });
    await manager.insert(InvitationEntity, invitation);
    // The invitee gets the link by e-mail, enqueued in this transaction: no e-mail for an
    // invitation that is rolled back, and none lost for one that commits. The leader still gets
    // the link in the answer, to send another way.
    const inviter = await this.user(principal.userId);
    const workspace = await manager.findOneOrFail(WorkspaceEntity, { where: { id: principal.workspaceId } });
    const mail = await invitationMail({
      inviterName: inviter.name,
      inviterEmail: inviter.email,
      workspaceName: workspace.name,
      role,
      clientName: client?.name ?? null,
      acceptUrl: this.acceptInvitationUrl(token),
      expiresAt: invitation.expiresAt,
      timezone: workspace.timezone,
    });
    await this.outbox.enqueue(principal.workspaceId, 'INVITATION', email, mail);
    return { invitation, token, client };
  }

  /** Invitations not yet accepted (expired ones included, marked by their date), newest first. */
  async pendingInvitations(principal: Principal): Promise<Array<{ invitation: InvitationEntity; client: ClientEntity | null }>> {
    const manager = await db();
    const invitations = await manager.find(InvitationEntity, {
      where: { workspaceId: principal.workspaceId, acceptedAt: IsNull() },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
    const clientIds = [...new Set(invitations.map((i) => i.clientId).filter((id): id is string => id !== null))];
    const clients = clientIds.length ? await manager.find(ClientEntity, { where: { workspaceId: principal.workspaceId, id: In(clientIds) } }) : [];
    const byId = new Map(clients.map((c) => [c.id, c]));
    return invitations.map((invitation) => ({ invitation, client: invitation.clientId ? (byId.get(invitation.clientId) ?? null) : null }));
  }

  /** Revokes a pending invitation: its link stops working. NOT_FOUND for an accepted or unknown one. */
  async revokeInvitation(principal: Principal, id: string): Promise<void> {
    requireRole(principal, 'invitation.revoke');
    requireRole(principal, 'invitation.list');
    if (!isUuid(id)) throw new NotFoundError('Invitation');
    const manager = await db();
    const result = await manager.delete(InvitationEntity, { id, workspaceId: principal.workspaceId, acceptedAt: IsNull() });
    if (!result.affected) throw new NotFoundError('Invitation');
  }

  async acceptInvitation(input: AcceptInvitationInput, origin: Origin): Promise<Session> {
    const [workspaceId] = input.token.split('.', 1);
    const notFound = new BadInputError('token', 'This invitation link is not valid. Ask for a new one.');
    if (!isUuid(workspaceId)) throw notFound;
    // The token is the credential: everything below runs in the acceptance's own transaction, set
    // up only once the token matched an invitation, for exactly the membership it grants.
    return withUnitOfWork(this.dataSource, null, async (lookup) => {
      const manager = await lookup.manager();
      const [invitation]: Array<{ id: string; email: string; role: Role; client_id: string | null; expired: boolean; already_accepted: boolean }> =
        await manager.query('SELECT * FROM take_invitation($1, $2)', [workspaceId, hashToken(input.token)]);
      if (!invitation) throw notFound;
      if (invitation.already_accepted) throw new ConflictError('This invitation has already been accepted: sign in instead.');
      if (invitation.expired) throw new BadInputError('token', 'This invitation has expired. Ask for a new one.');
      let account = await this.passwordOf(invitation.email);
      if (account) {
        // The invitee already has an account (another workspace): the password proves it is theirs.
        // It is a password check like logIn's, so it counts against the same limits.
        this.throttle.assertMayAttempt('login', invitation.email, origin.ip);
        if (!(await argon2.verify(account.passwordHash, input.password))) {
          throw new BadInputError('password', 'This e-mail already has an Allot account: enter its password.');
        }
        this.throttle.recordSuccess('login', invitation.email, origin.ip);
      }
      const userId = account?.id ?? randomUUID();
      const membership = {
        id: randomUUID(),
        workspaceId,
        userId,
        role: invitation.role,
        clientId: invitation.client_id,
      } as MembershipEntity;
      // Nested: the acceptance's writes commit with the invitation marked accepted, or not at all.
      return withUnitOfWork(this.dataSource, principalOf(membership), async () => {
        const writer = await db();
        if (!account) {
          await writer.insert(UserEntity, {
            id: userId,
            email: invitation.email,
            name: input.name.trim(),
            passwordHash: await this.hashPassword(input.password),
          });
          account = { id: userId, passwordHash: '' };
        }
        if (await writer.findOne(MembershipEntity, { where: { workspaceId, userId } })) {
          throw new ConflictError('You are already a member of this workspace: sign in instead.');
        }
        await writer.insert(MembershipEntity, membership);
        return this.startSession(userId, membership.id, origin);
      });
    });
  }

  /** Ends the request's own session (log-out): its token stops working at once. */
  async revokeCurrentSession(principal: Principal | null): Promise<void> {
    if (!principal?.sessionId) return;
    await this.revokeSessions(principal.userId, principal.sessionId);
  }

  /** Revokes one of the user's sessions; NOT_FOUND for a session that is not theirs or not live. */
  async revokeSession(principal: Principal, id: string): Promise<void> {
    if (!isUuid(id) || (await this.revokeSessions(principal.userId, id)) === 0) throw new NotFoundError('Session');
  }

  /** Every session of the user ends: log out everywhere. */
  async revokeAllSessions(principal: Principal): Promise<number> {
    return this.revokeSessions(principal.userId, null);
  }

  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<void> {
    if (newPassword.length < 10) throw new BadInputError('newPassword', 'newPassword must be at least 10 characters');
    if (newPassword.length > 200) throw new BadInputError('newPassword', 'newPassword must be at most 200 characters');
    const user = await this.user(principal.userId);
    this.throttle.assertMayAttempt('login', user.email, currentScope().ip);
    if (!(await argon2.verify(user.passwordHash, currentPassword))) {
      throw new BadInputError('currentPassword', 'The current password is not correct.');
    }
    this.throttle.recordSuccess('login', user.email, currentScope().ip);
    const manager = await db();
    await manager.update(UserEntity, { id: user.id }, { passwordHash: await this.hashPassword(newPassword) });
    // Whoever else knew the old password may hold a session: all of them end, this one included.
    await this.revokeSessions(user.id, null);
  }

  /** The user's live sessions, most recently used first. */
  async sessions(principal: Principal): Promise<SessionInfo[]> {
    const manager = await db();
    const rows: Array<{ id: string; created_at: Date; last_seen_at: Date; expires_at: Date; user_agent: string; ip: string }> = await manager.query(
      `SELECT id, created_at, last_seen_at, expires_at, user_agent, ip FROM sessions
        WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
        ORDER BY last_seen_at DESC, id`,
      [principal.userId],
    );
    return rows.map((row) => ({
      id: row.id,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
      userAgent: row.user_agent,
      ip: row.ip,
      current: row.id === principal.sessionId,
    }));
  }

  private async revokeSessions(userId: string, sessionId: string | null): Promise<number> {
    const manager = await db();
    // Counted in a SELECT: TypeORM answers a bare UPDATE … RETURNING as [rows, count].
    const [{ revoked }] = await manager.query(
      `WITH revoked AS (UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id = $2) RETURNING id)
       SELECT count(*)::int AS revoked FROM revoked`,
      [userId, sessionId],
    );
    return revoked;
  }

  async user(userId: string): Promise<UserEntity> {
    const manager = await db();
    const user = await manager.findOne(UserEntity, { where: { id: userId } });
    if (!user) throw new UnauthenticatedError();
    return user;
  }

  /** The user's memberships with their workspaces and (for client viewers) clients, oldest first. */
  async membershipsOf(userId: string): Promise<MembershipView[]> {
    const manager = await db();
    const memberships = await manager.find(MembershipEntity, { where: { userId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return this.describe(memberships);
  }

  async describe(memberships: MembershipEntity[]): Promise<MembershipView[]> {
    if (memberships.length === 0) return [];
    const manager = await db();
    const workspaceIds = [...new Set(memberships.map((m) => m.workspaceId))];
    const clientIds = [...new Set(memberships.map((m) => m.clientId).filter((id): id is string => id !== null))];
    const workspaces = await manager.find(WorkspaceEntity, { where: { id: In(workspaceIds) } });
    const clients = clientIds.length ? await manager.find(ClientEntity, { where: { id: In(clientIds) } }) : [];
    const workspaceById = new Map(workspaces.map((w) => [w.id, w]));
    const clientById = new Map(clients.map((c) => [c.id, c]));
    return memberships
      .filter((m) => workspaceById.has(m.workspaceId))
      .map((membership) => ({
        membership,
        workspace: workspaceById.get(membership.workspaceId)!,
        client: membership.clientId ? (clientById.get(membership.clientId) ?? null) : null,
      }));
  }

  async members(principal: Principal): Promise<Array<MembershipView & { user: UserEntity }>> {
    requireRole(principal, 'member.list');
    const manager = await db();
    const memberships = await manager.find(MembershipEntity, {
      where: { workspaceId: principal.workspaceId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const users = await manager.find(UserEntity, { where: { id: In(memberships.map((m) => m.userId)) } });
    const userById = new Map(users.map((u) => [u.id, u]));
    const views = await this.describe(memberships);
    return views.map((view) => ({ ...view, user: userById.get(view.membership.userId)! }));
  }

  private async pickMembership(userId: string, workspaceId: string | null): Promise<MembershipEntity> {
    const manager = await db();
    if (workspaceId !== null) {
      const membership = isUuid(workspaceId) ? await manager.findOne(MembershipEntity, { where: { userId, workspaceId } }) : null;
      if (!membership) throw new NotFoundError('Workspace');
      return membership;
    }
    const first = await manager.findOne(MembershipEntity, { where: { userId }, order: { createdAt: 'ASC', id: 'ASC' } });
    if (!first) throw new UnauthenticatedError('This account is no longer a member of any workspace.');
    return first;
  }

  private async requireClient(workspaceId: string, clientId: string): Promise<ClientEntity> {
    if (!isUuid(clientId)) throw new NotFoundError('Client');
    const manager = await db();
    const client = await manager.findOne(ClientEntity, { where: { id: clientId, workspaceId } });
    if (!client) throw new NotFoundError('Client');
    return client;
  }

  /** A new sign-in session for the user (in the current unit of work), and its first token. */
  private async startSession(userId: string, membershipId: string, origin: Origin): Promise<Session> {
    const manager = await db();
    const sessionId = randomUUID();
    const expiresAt = new Date(Date.now() + this.config.jwtTtlSeconds * 1000);
    await manager.query(`INSERT INTO sessions (id, user_id, expires_at, user_agent, ip) VALUES ($1, $2, $3, $4, $5)`, [
      sessionId,
      userId,
      expiresAt,
      origin.userAgent.slice(0, 300),
      origin.ip.slice(0, 64),
    ]);
    const membership = await manager.findOneOrFail(MembershipEntity, { where: { id: membershipId, userId } });
    return this.sessionFor(await this.user(userId), membership, sessionId);
  }

  private async sessionFor(user: UserEntity, membership: MembershipEntity, sessionId: string): Promise<Session> {
    const expiresAt = new Date(Date.now() + this.config.jwtTtlSeconds * 1000);
    const accessToken = await this.jwt.signAsync(
      { sub: user.id, mid: membership.id, wid: membership.workspaceId, sid: sessionId },
      { expiresIn: this.config.jwtTtlSeconds, algorithm: 'HS256' },
    );
    return { accessToken, expiresAt, user, membership, principal: principalOf(membership, sessionId) };
  }
}
