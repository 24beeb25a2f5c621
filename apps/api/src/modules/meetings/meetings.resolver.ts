import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../access/access-policy.js';
import { CurrentPrincipal, requirePrincipal } from '../../auth/decorators.js';
import { NotFoundError } from '../../common/errors.js';
import type { Principal } from '../../database/request-scope.js';
import { clearRequestLoaders, requestLoader } from '../../graphql/request-loaders.js';
import { clientLoader } from '../clients/client.loader.js';
import { ClientType } from '../clients/client.type.js';
import { MeetingFilter, RecordMeetingInput, ScheduleMeetingInput } from './dto/meeting.inputs.js';
import type { MeetingEntity } from './meeting.entity.js';
import { MeetingConnectionType, MeetingType } from './meeting.type.js';
import { MeetingsService } from './meetings.service.js';
import { TimeEntryType } from '../time-entries/time-entry.types.js';
import { deliverableLoader } from '../deliverables/deliverable.loader.js';
import { DeliverableType } from '../deliverables/deliverable.type.js';
import { timeEntryByMeetingLoader } from '../time-entries/time-entries.service.js';

@Resolver(() => MeetingType)
@Allow('meeting.read')
export class MeetingsResolver {
  constructor(private readonly meetingService: MeetingsService) {}

  @Query(() => MeetingConnectionType)
  async meetings(
    @CurrentPrincipal() principal: Principal,
    @Args('filter') filter: MeetingFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<MeetingConnectionType> {
    const page = await this.meetingService.page(principal, filter, first ?? 50, after ?? null);
    return {
      nodes: page.nodes.map((meeting) => this.toType(meeting)),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @Mutation(() => MeetingType)
  @Allow('meeting.write')
  async scheduleMeeting(@CurrentPrincipal() principal: Principal, @Args('input') input: ScheduleMeetingInput): Promise<MeetingType> {
    return this.afterWrite(await this.meetingService.schedule(principal, input));
  }

  @Mutation(() => MeetingType)
  @Allow('meeting.write')
  async recordMeeting(@CurrentPrincipal() principal: Principal, @Args('input') input: RecordMeetingInput): Promise<MeetingType> {
    return this.afterWrite(await this.meetingService.record(principal, input));
  }

  @Mutation(() => MeetingType)
  @Allow('meeting.write')
  async cancelMeeting(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<MeetingType> {
    return this.afterWrite(await this.meetingService.cancel(principal, id));
  }

  @ResolveField(() => ClientType)
  async client(@Parent() meeting: MeetingType): Promise<ClientType> {
    const client = await clientLoader(requirePrincipal()).load(meeting.clientId);
    if (!client) throw new NotFoundError('Client');
    return ClientType.from(client);
  }

  @ResolveField(() => String, { nullable: true, description: "The leader's only: anyone else asking for it is answered FORBIDDEN (and null)." })
  async privateNotes(@Parent() meeting: MeetingType): Promise<string | null> {
    const principal = requirePrincipal();
    // The read policy refuses anyone else before this runs; the notes are not even loaded for them.
    if (principal.role !== 'LEADER') return null;
    const loader = requestLoader<string, string | null>('meetings.privateNotes', async (ids) => {
      const notes = await this.meetingService.privateNotes(principal, ids);
      return ids.map((id) => notes.get(id) ?? null);
    });
    return loader.load(meeting.id);
  }

  @ResolveField(() => TimeEntryType, { nullable: true })
  async timeEntry(@Parent() meeting: MeetingType): Promise<TimeEntryType | null> {
    if (!meeting.timeEntryId) return null;
    const entry = await timeEntryByMeetingLoader(requirePrincipal()).load(meeting.id);
    return entry ? TimeEntryType.from(entry) : null;
  }

  private afterWrite(meeting: MeetingEntity): MeetingType {
    clearRequestLoaders();
    return this.toType(meeting);
  }

  private toType(meeting: MeetingEntity): MeetingType {
    return MeetingType.from(meeting, null);
  }
}

/** What a time entry was logged for: a held meeting or a deliverable. */
@Resolver(() => TimeEntryType)
export class TimeEntryLinksResolver {
  constructor(private readonly meetings: MeetingsService) {}

  @ResolveField(() => MeetingType, { nullable: true })
  async meeting(@Parent() entry: TimeEntryType): Promise<MeetingType | null> {
    if (!entry.meetingId) return null;
    const principal = requirePrincipal();
    const loader = requestLoader<string, MeetingEntity | null>('meetings.byId', async (ids) => {
      const rows = await this.meetings.getMany(principal, ids);
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    });
    const meeting = await loader.load(entry.meetingId);
    return meeting ? MeetingType.from(meeting, null) : null;
  }

  @ResolveField(() => DeliverableType, { nullable: true })
  async deliverable(@Parent() entry: TimeEntryType): Promise<DeliverableType | null> {
    if (!entry.deliverableId) return null;
    const deliverable = await deliverableLoader(requirePrincipal()).load(entry.deliverableId);
    return deliverable ? DeliverableType.from(deliverable) : null;
  }
}
