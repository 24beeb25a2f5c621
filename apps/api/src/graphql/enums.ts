// The contract's enums, registered once so every module refers to the same GraphQL type.
import { registerEnumType } from '@nestjs/graphql';

export enum RoleEnum { LEADER = 'LEADER', ACCOUNTANT = 'ACCOUNTANT', CLIENT_VIEWER = 'CLIENT_VIEWER' }
registerEnumType(RoleEnum, { name: 'Role' });
