import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { ClientType } from '../clients/client.type.js';
import { WorkspaceType } from '../workspace/workspace.type.js';

@ObjectType('User')
export class UserType {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
}

@ObjectType('Membership')
export class MembershipType {
  @Field(() => WorkspaceType) workspace: WorkspaceType;
  @Field(() => RoleEnum) role: RoleEnum;
  @Field(() => ClientType, { nullable: true }) client: ClientType | null;
}

@ObjectType('Member')
export class MemberType {
  @Field(() => UserType) user: UserType;
  @Field(() => RoleEnum) role: RoleEnum;
  @Field(() => ClientType, { nullable: true }) client: ClientType | null;
}

@ObjectType('Viewer')
export class ViewerType {
  @Field(() => UserType) user: UserType;
  @Field(() => MembershipType) membership: MembershipType;
  @Field(() => [MembershipType]) memberships: MembershipType[];
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field() accessToken: string;
  @Field(() => DateTimeScalar) expiresAt: Date;
  @Field(() => ViewerType) viewer: ViewerType;
}

@ObjectType('Invitation')
export class InvitationType {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => RoleEnum) role: RoleEnum;
  @Field(() => ClientType, { nullable: true }) client: ClientType | null;
  @Field() token: string;
  @Field(() => DateTimeScalar) expiresAt: Date;
}

@ObjectType('PendingInvitation', { description: 'An invitation not accepted yet. Its link is shown only once, when it is made.' })
export class PendingInvitationType {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => RoleEnum) role: RoleEnum;
  @Field(() => ClientType, { nullable: true }) client: ClientType | null;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar) expiresAt: Date;
}

@ObjectType('Session', { description: 'A sign-in of the user: a browser or a script holding a token.' })
export class SessionType {
  @Field(() => ID) id: string;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar) lastSeenAt: Date;
  @Field(() => DateTimeScalar) expiresAt: Date;
  @Field({ description: 'The browser or client that signed in, as it named itself.' }) userAgent: string;
  @Field({ description: 'The address it signed in from.' }) ip: string;
  @Field({ description: 'Whether this is the session making the request.' }) current: boolean;
}
