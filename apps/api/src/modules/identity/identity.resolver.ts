import { Inject } from '@nestjs/common';
import { Allow } from '../../access/access-policy.js';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';
import { CurrentPrincipal, Public } from '../../auth/decorators.js';
import { clearSessionCookie, setSessionCookie } from '../../auth/session-cookie.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { currentScope, withUnitOfWork, type Principal } from '../../database/request-scope.js';
import { DataSource } from 'typeorm';
import { RoleEnum } from '../../graphql/enums.js';
import { ClientType } from '../clients/client.type.js';
import { WorkspaceType } from '../workspace/workspace.type.js';
import { AcceptInvitationInput, InviteMemberInput, SignUpInput } from './dto.js';
import { AuthPayloadType, InvitationType, MemberType, MembershipType, PendingInvitationType, SessionType, ViewerType } from './identity.types.js';
import { IdentityService, type MembershipView, type Origin, type Session } from './identity.service.js';
import { NotFoundError } from '../../common/errors.js';

function toMembershipType(view: MembershipView): MembershipType {
  return {
    workspace: WorkspaceType.from(view.workspace),
    role: view.membership.role as RoleEnum,
    client: view.client ? ClientType.from(view.client) : null,
  };
}

interface GqlContext {
  res: Response;
}

function originOf(): Origin {
  const scope = currentScope();
  return { ip: scope.ip, userAgent: scope.userAgent };
}

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => ViewerType)
  async viewer(@CurrentPrincipal() principal: Principal): Promise<ViewerType> {
    return this.viewerOf(principal.userId, principal.membershipId);
  }

  @Query(() => [MemberType])
  @Allow('member.list')
  async members(@CurrentPrincipal() principal: Principal): Promise<MemberType[]> {
    const members = await this.identity.members(principal);
    return members.map((view) => ({
      user: { id: view.user.id, email: view.user.email, name: view.user.name },
      role: view.membership.role as RoleEnum,
      client: view.client ? ClientType.from(view.client) : null,
    }));
  }

  @Public()
  @Mutation(() => AuthPayloadType)
  async signUp(@Args('input') input: SignUpInput, @Context() context: GqlContext): Promise<AuthPayloadType> {
    return this.respond(await this.identity.signUp(input, originOf()), context, true);
  }

  @Public()
  @Mutation(() => AuthPayloadType)
  async logIn(
    @Args('email') email: string,
    @Args('password') password: string,
    @Args('workspaceId', { type: () => ID, nullable: true }) workspaceId: string | null,
    @Context() context: GqlContext,
  ): Promise<AuthPayloadType> {
    return this.respond(await this.identity.logIn(email, password, workspaceId, originOf()), context, true);
  }

  @Mutation(() => AuthPayloadType)
  async switchWorkspace(
    @CurrentPrincipal() principal: Principal,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @Context() context: GqlContext,
  ): Promise<AuthPayloadType> {
    return this.respond(await this.identity.switchWorkspace(principal, workspaceId), context, false);
  }

  @Public()
  @Mutation(() => AuthPayloadType)
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() context: GqlContext): Promise<AuthPayloadType> {
    return this.respond(await this.identity.acceptInvitation(input, originOf()), context, true);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends this session: its token stops working at once, and the session cookie is cleared.' })
  async logOut(@Context() context: GqlContext): Promise<boolean> {
    await this.identity.revokeCurrentSession(currentScope().principal);
    clearSessionCookie(context.res, this.config.cookieSecure);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in user, this one included.' })
  async logOutEverywhere(@CurrentPrincipal() principal: Principal, @Context() context: GqlContext): Promise<boolean> {
    await this.identity.revokeAllSessions(principal);
    clearSessionCookie(context.res, this.config.cookieSecure);
    return true;
  }

  @Query(() => [SessionType], { description: 'The signed-in user’s live sessions, most recently used first.' })
  async sessions(@CurrentPrincipal() principal: Principal): Promise<SessionType[]> {
    return this.identity.sessions(principal);
  }

  @Mutation(() => Boolean, { description: 'Ends one of the signed-in user’s sessions.' })
  async revokeSession(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.identity.revokeSession(principal, id);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Changes the password and ends every session of the user: sign in again with the new one.' })
  async changePassword(
    @CurrentPrincipal() principal: Principal,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @Context() context: GqlContext,
  ): Promise<boolean> {
    await this.identity.changePassword(principal, currentPassword, newPassword);
    clearSessionCookie(context.res, this.config.cookieSecure);
    return true;
  }

  @Query(() => [PendingInvitationType], { description: 'Invitations not accepted yet, newest first; expired ones show their past expiry.' })
  @Allow('invitation.list')
  async invitations(@CurrentPrincipal() principal: Principal): Promise<PendingInvitationType[]> {
    const pending = await this.identity.pendingInvitations(principal);
    return pending.map(({ invitation, client }) => ({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role as RoleEnum,
      client: client ? ClientType.from(client) : null,
      createdAt: invitation.createdAt,
      expiresAt: invitation.expiresAt,
    }));
  }

  @Mutation(() => Boolean, { description: 'Revokes a pending invitation: its link stops working.' })
  @Allow('invitation.revoke')
  async revokeInvitation(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.identity.revokeInvitation(principal, id);
    return true;
  }

  @Mutation(() => InvitationType)
  @Allow('member.invite')
  async inviteMember(@CurrentPrincipal() principal: Principal, @Args('input') input: InviteMemberInput): Promise<InvitationType> {
    const { invitation, token, client } = await this.identity.inviteMember(principal, input);
    return {
      id: invitation.id,
      email: invitation.email,
      role: invitation.role as RoleEnum,
      client: client ? ClientType.from(client) : null,
      token,
      expiresAt: invitation.expiresAt,
    };
  }

  /**
   * The token and cookie are for the next request; this one keeps its principal. A new sign-in's
   * viewer is read as the new identity, in a short transaction of its own.
   */
  private async respond(session: Session, context: GqlContext, asNewIdentity: boolean): Promise<AuthPayloadType> {
    const describe = () => this.viewerOf(session.user.id, session.membership.id);
    const viewer = asNewIdentity ? await withUnitOfWork(this.dataSource, session.principal, describe) : await describe();
    setSessionCookie(context.res, session.accessToken, session.expiresAt, this.config.cookieSecure);
    return { accessToken: session.accessToken, expiresAt: session.expiresAt, viewer };
  }

  private async viewerOf(userId: string, membershipId: string): Promise<ViewerType> {
    // Sequential on purpose: both queries share the request's single connection.
    const user = await this.identity.user(userId);
    const views = await this.identity.membershipsOf(userId);
    const current = views.find((view) => view.membership.id === membershipId);
    if (!current) throw new NotFoundError('Membership');
    return {
      user: { id: user.id, email: user.email, name: user.name },
      membership: toMembershipType(current),
      memberships: views.map(toMembershipType),
    };
  }
}
