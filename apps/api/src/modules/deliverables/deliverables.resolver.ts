import { isDeliverableOverdue } from '@allot/domain';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../access/access-policy.js';
import { In } from 'typeorm';
import { CurrentPrincipal } from '../../auth/decorators.js';
import { NotFoundError } from '../../common/errors.js';
import { db } from '../../database/db.js';
import type { Principal } from '../../database/request-scope.js';
import { RetainerEntity } from '../../database/entities.js';
import { DeliverableStatusEnum } from '../../graphql/enums.js';
import { byKeys, requestLoader } from '../../graphql/request-loaders.js';
import { clientLoader } from '../clients/client.loader.js';
import { ClientType } from '../clients/client.type.js';
import { workspaceToday } from '../log/workspace-today.js';
import { RetainerType } from '../retainers/retainer.types.js';
import { DeliverableType } from './deliverable.type.js';
import { DeliverablesService } from './deliverables.service.js';
import { CreateDeliverableInput, UpdateDeliverableInput } from './dto.js';

function retainerLoader(principal: Principal) {
  return requestLoader<string, RetainerEntity | null>('deliverables.retainersById', async (ids) => {
    const rows = await (await db()).find(RetainerEntity, { where: { id: In([...ids]), workspaceId: principal.workspaceId } });
    return byKeys(ids, rows, (row) => row.id);
  });
}

@Resolver(() => DeliverableType)
@Allow('deliverable.read')
export class DeliverablesResolver {
  constructor(private readonly service: DeliverablesService) {}

  @Query(() => [DeliverableType], { description: 'Soonest due first; a client viewer sees their own client only.' })
  async deliverables(
    @CurrentPrincipal() principal: Principal,
    @Args('clientId', { type: () => ID, nullable: true }) clientId: string | null,
    @Args('status', { type: () => [DeliverableStatusEnum], nullable: true }) status: DeliverableStatusEnum[] | null,
  ): Promise<DeliverableType[]> {
    return (await this.service.list(principal, clientId, status)).map(DeliverableType.from);
  }

  @Mutation(() => DeliverableType)
  @Allow('deliverable.write')
  async createDeliverable(@CurrentPrincipal() principal: Principal, @Args('input') input: CreateDeliverableInput): Promise<DeliverableType> {
    return DeliverableType.from(await this.service.create(principal, input));
  }

  @Mutation(() => DeliverableType)
  @Allow('deliverable.write')
  async updateDeliverable(@CurrentPrincipal() principal: Principal, @Args('input') input: UpdateDeliverableInput): Promise<DeliverableType> {
    return DeliverableType.from(await this.service.update(principal, input));
  }

  @Mutation(() => DeliverableType, {
    description: 'Leader: PLANNED, IN_PROGRESS, DELIVERED, CANCELLED. Client viewer: DELIVERED -> ACCEPTED, or DELIVERED -> IN_PROGRESS with a comment.',
  })
  async setDeliverableStatus(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => DeliverableStatusEnum }) status: DeliverableStatusEnum,
    @Args('comment', { type: () => String, nullable: true }) comment: string | null,
  ): Promise<DeliverableType> {
    return DeliverableType.from(await this.service.setStatus(principal, id, status, comment));
  }

  @ResolveField('client', () => ClientType)
  async client(@CurrentPrincipal() principal: Principal, @Parent() deliverable: DeliverableType): Promise<ClientType> {
    const client = await clientLoader(principal).load(deliverable.clientId);
    if (!client) throw new NotFoundError('Client');
    return ClientType.from(client);
  }

  @ResolveField('retainer', () => RetainerType, { nullable: true })
  async retainer(@CurrentPrincipal() principal: Principal, @Parent() deliverable: DeliverableType): Promise<RetainerType | null> {
    if (!deliverable.retainerId) return null;
    const retainer = await retainerLoader(principal).load(deliverable.retainerId);
    return retainer ? RetainerType.from(retainer) : null;
  }

  @ResolveField('overdue', () => Boolean, { description: 'Past due (in the workspace time zone) and still PLANNED or IN_PROGRESS.' })
  async overdue(@CurrentPrincipal() principal: Principal, @Parent() deliverable: DeliverableType): Promise<boolean> {
    if (!deliverable.dueDate) return false;
    return isDeliverableOverdue(deliverable, await workspaceToday(principal.workspaceId));
  }
}
