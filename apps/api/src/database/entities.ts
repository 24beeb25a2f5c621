import { ClientEntity } from '../modules/clients/client.entity.js';
import { InvitationEntity } from '../modules/identity/invitation.entity.js';
import { MembershipEntity } from '../modules/identity/membership.entity.js';
import { UserEntity } from '../modules/identity/user.entity.js';
import { WorkspaceEntity } from '../modules/workspace/workspace.entity.js';

export const entities = [UserEntity, WorkspaceEntity, MembershipEntity, InvitationEntity, ClientEntity];
