import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../access/access-policy.js';
import { CurrentPrincipal } from '../../auth/decorators.js';
import type { Principal } from '../../database/request-scope.js';
import { ClientType } from './client.type.js';
import { ClientsService } from './clients.service.js';
import { CreateClientInput, UpdateClientInput } from './dto.js';

@Resolver(() => ClientType)
export class ClientsResolver {
  constructor(private readonly clientService: ClientsService) {}

  @Query(() => [ClientType])
  async clients(
    @CurrentPrincipal() principal: Principal,
    @Args('includeArchived', { type: () => Boolean, nullable: true, defaultValue: false }) includeArchived: boolean,
  ): Promise<ClientType[]> {
    return (await this.clientService.list(principal, includeArchived ?? false)).map(ClientType.from);
  }

  @Query(() => ClientType, { nullable: true })
  async client(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<ClientType> {
    return ClientType.from(await this.clientService.get(principal, id));
  }

  @Mutation(() => ClientType)
  @Allow('client.create')
  async createClient(@CurrentPrincipal() principal: Principal, @Args('input') input: CreateClientInput): Promise<ClientType> {
    return ClientType.from(await this.clientService.create(principal, input));
  }

  @Mutation(() => ClientType)
  @Allow('client.update')
  async updateClient(@CurrentPrincipal() principal: Principal, @Args('input') input: UpdateClientInput): Promise<ClientType> {
    return ClientType.from(await this.clientService.update(principal, input));
  }

  @Mutation(() => ClientType)
  @Allow('client.archive')
  async archiveClient(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<ClientType> {
    return ClientType.from(await this.clientService.archive(principal, id));
  }
}
