import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../access/access-policy.js';
import { CurrentPrincipal } from '../../auth/decorators.js';
import type { Principal } from '../../database/request-scope.js';
import { UpdateWorkspaceInput } from './dto.js';
import { WorkspaceService } from './workspace.service.js';
import { WorkspaceType } from './workspace.type.js';

@Resolver(() => WorkspaceType)
export class WorkspaceResolver {
  constructor(private readonly workspaces: WorkspaceService) {}

  @Query(() => WorkspaceType)
  async workspace(@CurrentPrincipal() principal: Principal): Promise<WorkspaceType> {
    return WorkspaceType.from(await this.workspaces.get(principal.workspaceId));
  }

  @Mutation(() => WorkspaceType)
  @Allow('workspace.update')
  async updateWorkspace(@CurrentPrincipal() principal: Principal, @Args('input') input: UpdateWorkspaceInput): Promise<WorkspaceType> {
    return WorkspaceType.from(await this.workspaces.update(principal, input));
  }
}
