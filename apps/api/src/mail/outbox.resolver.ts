import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../access/access-policy.js';
import { CurrentPrincipal } from '../auth/decorators.js';
import type { Principal } from '../database/request-scope.js';
import { OutboxService } from './outbox.service.js';
import { OutboxMessageConnectionType, OutboxMessageType } from './outbox.types.js';

@Resolver()
export class OutboxResolver {
  constructor(private readonly service: OutboxService) {}

  @Query(() => OutboxMessageConnectionType, { description: 'The workspace’s e-mail, newest first (at most 100 a page).' })
  @Allow('outbox.read')
  async outbox(
    @CurrentPrincipal() principal: Principal,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<OutboxMessageConnectionType> {
    const page = await this.service.page(principal, first, after);
    return { nodes: page.nodes.map(OutboxMessageType.from), pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
  }
}
