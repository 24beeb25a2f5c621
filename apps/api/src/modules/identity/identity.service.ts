// Accounts, sessions and memberships: sign-up, log-in, switching workspace, invitations.
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as argon2 from 'argon2';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { BadInputError, ConflictError, NotFoundError, UnauthenticatedError } from '../../common/errors.js';
import { isUuid } from '../../common/iso.js';
import { db } from '../../database/db.js';
import { currentScope, type Principal, type Role } from '../../database/request-scope.js';
import { LoginThrottle } from '../../auth/login-throttle.js';
import { ClientEntity } from '../clients/client.entity.js';
import { WorkspaceEntity } from '../workspace/workspace.entity.js';
import { InvitationEntity } from './invitation.entity.js';
import { MembershipEntity } from './membership.entity.js';
import { UserEntity } from './user.entity.js';
import type { AcceptInvitationInput, InviteMemberInput, SignUpInput } from './dto.js';

const INVITATION_DAYS = 14;
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export interface Session {
  accessToken: string;
  expiresAt: Date;
  user: UserEntity;
  membership: MembershipEntity;
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

@Injectable()
export class IdentityService {
  // Verifying against a real hash when the e-mail is unknown keeps response times alike, so
  // timing does not reveal which e-mails have accounts.
  private readonly dummyHash = argon2.hash('not-a-real-password', ARGON2_OPTIONS);

  constructor(
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  hashPassword(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async signUp(input: SignUpInput): Promise<Session> {
    const email = normaliseEmail(input.email);
    const scope = currentScope();
    this.throttle.assertMayAttempt('signUp', email, scope.ip);
    await scope.configure({ loginEmail: email });
    const manager = await db();
    if (await manager.findOne(UserEntity, { where: { email } })) {
      throw new ConflictError('An account with this e-mail already exists: log in instead.');
    }
    const userId = randomUUID();
    const workspaceId = randomUUID();
    await scope.configure({ userId, workspaceId });
    const user = manager.create(UserEntity, {
      id: userId,
      email,
      name: input.name.trim(),
      passwordHash: await this.hashPassword(input.password),
    });
    await manager.insert(UserEntity, user);
    await manager.insert(WorkspaceEntity, {
      id: workspaceId,
      name: input.workspaceName.trim(),
      timezone: input.timezone,
      currency: input.currency,
      legalName: input.workspaceName.trim(),
    });
    const membership = manager.create(MembershipEntity, { id: randomUUID(), workspaceId, userId, role: 'LEADER', clientId: null });
    await manager.insert(MembershipEntity, membership);
    return this.issueSession(user, membership);
  }

  async logIn(emailInput: string, password: string, workspaceId?: string | null): Promise<Session> {
    const email = normaliseEmail(emailInput);
    if (!email) throw new BadInputError('email', 'Enter your e-mail address.');
    if (!password) throw new BadInputError('password', 'Enter your password.');
    const scope = currentScope();
    this.throttle.assertMayAttempt('login', email, scope.ip);
    await scope.configure({ loginEmail: email });
    const manager = await db();
    const user = await manager.findOne(UserEntity, { where: { email } });
    const valid = user
      ? await argon2.verify(user.passwordHash, password)
      : (await argon2.verify(await this.dummyHash, password), false);
    if (!user || !valid) throw new UnauthenticatedError('E-mail or password is incorrect.');
    this.throttle.recordSuccess('login', email, scope.ip);
    await scope.configure({ userId: user.id });
    const membership = await this.pickMembership(user.id, workspaceId ?? null);
    return this.issueSession(user, membership);
  }

  async switchWorkspace(principal: Principal, workspaceId: string): Promise<Session> {
    const manager = await db();
    const membership = await this.pickMembership(principal.userId, workspaceId);
    const user = await manager.findOneOrFail(UserEntity, { where: { id: principal.userId } });
    return this.issueSession(user, membership);
  }

  async inviteMember(
    principal: Principal,
    input: InviteMemberInput,
  ): Promise<{ invitation: InvitationEntity; token: string; client: ClientEntity | null }> {
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
    return { invitation, token, client };
  }

  async acceptInvitation(input: AcceptInvitationInput): Promise<Session> {
    const [workspaceId] = input.token.split('.', 1);
    const notFound = new BadInputError('token', 'This invitation link is not valid. Ask for a new one.');
    if (!isUuid(workspaceId)) throw notFound;
    const scope = currentScope();
    await scope.configure({ workspaceId });
    const manager = await db();
    const invitation = await manager.findOne(InvitationEntity, {
      where: { workspaceId, tokenHash: hashToken(input.token) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!invitation) throw notFound;
    if (invitation.acceptedAt) throw new ConflictError('This invitation has already been accepted: sign in instead.');
    if (invitation.expiresAt.getTime() < Date.now()) {
      throw new BadInputError('token', 'This invitation has expired. Ask for a new one.');
    }
    await scope.configure({ loginEmail: invitation.email });
    let user = await manager.findOne(UserEntity, { where: { email: invitation.email } });
    if (user) {
      // The invitee already has an account (another workspace): the password proves it is theirs.
      // It is a password check like logIn's, so it counts against the same limits.
      this.throttle.assertMayAttempt('login', invitation.email, scope.ip);
      if (!(await argon2.verify(user.passwordHash, input.password))) {
        throw new BadInputError('password', 'This e-mail already has an Allot account: enter its password.');
      }
      this.throttle.recordSuccess('login', invitation.email, scope.ip);
    } else {
      user = manager.create(UserEntity, {
        id: randomUUID(),
        email: invitation.email,
        name: input.name.trim(),
        passwordHash: await this.hashPassword(input.password),
      });
      await manager.insert(UserEntity, user);
    }
    await scope.configure({ userId: user.id });
    if (await manager.findOne(MembershipEntity, { where: { workspaceId, userId: user.id } })) {
      throw new ConflictError('You are already a member of this workspace: sign in instead.');
    }
    const membership = manager.create(MembershipEntity, {
      id: randomUUID(),
      workspaceId,
      userId: user.id,
      role: invitation.role,
      clientId: invitation.clientId,
    });
    await manager.insert(MembershipEntity, membership);
    await manager.update(InvitationEntity, { id: invitation.id, workspaceId }, { acceptedAt: new Date() });
    return this.issueSession(user, membership);
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
      const membership = isUuid(workspaceId)
        ? await manager.findOne(MembershipEntity, { where: { userId, workspaceId } })
        : null;
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

  private async issueSession(user: UserEntity, membership: MembershipEntity): Promise<Session> {
    const expiresAt = new Date(Date.now() + this.config.jwtTtlSeconds * 1000);
    const accessToken = await this.jwt.signAsync(
      { sub: user.id, mid: membership.id, wid: membership.workspaceId },
      { expiresIn: this.config.jwtTtlSeconds, algorithm: 'HS256' },
    );
    await currentScope().authenticate({
      userId: user.id,
      membershipId: membership.id,
      workspaceId: membership.workspaceId,
      role: membership.role,
      clientId: membership.clientId,
    });
    return { accessToken, expiresAt, user, membership };
  }
}
