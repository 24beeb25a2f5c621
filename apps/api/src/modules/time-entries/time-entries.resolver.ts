import { monthOfDate } from '@allot/domain';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../access/access-policy.js';
import { CurrentPrincipal, requirePrincipal } from '../../auth/decorators.js';
import { NotFoundError } from '../../common/errors.js';
import type { Principal } from '../../database/request-scope.js';
import { clientLoader } from '../clients/client.loader.js';
import { isLocked } from '../retainers/month-lock.service.js';
import { retainerLoader } from '../retainers/retainer.loaders.js';
import { RetainerType } from '../retainers/retainer.types.js';
import { LogTimeInput, TimeEntryFilter, UpdateTimeEntryInput } from './dto.js';
import { TimeEntriesService } from './time-entries.service.js';
import { TimeEntryConnectionType, TimeEntryType } from './time-entry.types.js';

@Resolver(() => TimeEntryType)
export class TimeEntriesResolver {
  constructor(private readonly timeEntryService: TimeEntriesService) {}

  @Query(() => TimeEntryConnectionType, { description: "Newest first. A client viewer gets their client's billable entries only." })
  @Allow('timeEntry.read')
  async timeEntries(
    @CurrentPrincipal() principal: Principal,
    @Args('filter') filter: TimeEntryFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<TimeEntryConnectionType> {
    const page = await this.timeEntryService.list(principal, filter, first, after);
    return {
      nodes: page.nodes.map(TimeEntryType.from),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @Mutation(() => TimeEntryType)
  @Allow('timeEntry.write')
  async logTime(@CurrentPrincipal() principal: Principal, @Args('input') input: LogTimeInput): Promise<TimeEntryType> {
    return TimeEntryType.from(await this.timeEntryService.log(principal, input));
  }

  @Mutation(() => TimeEntryType)
  @Allow('timeEntry.write')
  async updateTimeEntry(@CurrentPrincipal() principal: Principal, @Args('input') input: UpdateTimeEntryInput): Promise<TimeEntryType> {
    return TimeEntryType.from(await this.timeEntryService.update(principal, input));
  }

  @Mutation(() => Boolean)
  @Allow('timeEntry.write')
  async deleteTimeEntry(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.timeEntryService.delete(principal, id);
  }

  @ResolveField(() => RetainerType)
  async retainer(@Parent() entry: TimeEntryType): Promise<RetainerType> {
    const retainer = await retainerLoader(requirePrincipal()).load(entry.retainerId);
    if (!retainer) throw new NotFoundError('Retainer');
    return RetainerType.from(retainer);
  }

  @ResolveField(() => Boolean)
  async locked(@Parent() entry: TimeEntryType): Promise<boolean> {
    const client = await clientLoader(requirePrincipal()).load(entry.clientId);
    return isLocked(client?.lockedThroughMonth ?? null, monthOfDate(entry.date));
  }
}
