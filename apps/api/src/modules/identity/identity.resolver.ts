import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';
import { CurrentPrincipal, Public, Roles } from '../../auth/decorators.js';
import { clearSessionCookie, setSessionCookie } from '../../auth/session-cookie.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { Principal } from '../../database/request-scope.js';
import { RoleEnum } from '../../graphql/enums.js';
import { ClientType } from '../clients/client.type.js';
import { WorkspaceType } from '../workspace/workspace.type.js';
import { AcceptInvitationInput, InviteMemberInput, SignUpInput } from './dto.js';
import { AuthPayloadType, InvitationType, MemberType, MembershipType, ViewerType } from './identity.types.js';
import { IdentityService, type MembershipView, type Session } from './identity.service.js';
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

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => ViewerType)
  async viewer(@CurrentPrincipal() principal: Principal): Promise<ViewerType> {
    return this.viewerOf(principal.userId, principal.membershipId);
  }

  @Query(() => [MemberType])
  @Roles('LEADER')
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
    return this.respond(await this.identity.signUp(input), context);
  }

  @Public()
  @Mutation(() => AuthPayloadType)
  async logIn(
    @Args('email') email: string,
    @Args('password') password: string,
    @Args('workspaceId', { type: () => ID, nullable: true }) workspaceId: string | null,
    @Context() context: GqlContext,
  ): Promise<AuthPayloadType> {
    return this.respond(await this.identity.logIn(email, password, workspaceId), context);
  }

  @Mutation(() => AuthPayloadType)
  async switchWorkspace(
    @CurrentPrincipal() principal: Principal,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @Context() context: GqlContext,
  ): Promise<AuthPayloadType> {
    return this.respond(await this.identity.switchWorkspace(principal, workspaceId), context);
  }

  @Public()
  @Mutation(() => AuthPayloadType)
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() context: GqlContext): Promise<AuthPayloadType> {
    return this.respond(await this.identity.acceptInvitation(input), context);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the web session: clears the session cookie.' })
  logOut(@Context() context: GqlContext): boolean {
    clearSessionCookie(context.res, this.config.cookieSecure);
    return true;
  }

  @Mutation(() => InvitationType)
  @Roles('LEADER')
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

  private async respond(session: Session, context: GqlContext): Promise<AuthPayloadType> {
    setSessionCookie(context.res, session.accessToken, session.expiresAt, this.config.cookieSecure);
    return {
      accessToken: session.accessToken,
      expiresAt: session.expiresAt,
      viewer: await this.viewerOf(session.user.id, session.membership.id),
    };
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
