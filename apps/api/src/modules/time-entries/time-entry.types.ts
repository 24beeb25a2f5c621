import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfoType } from '../../graphql/common.types.js';
import { TimeCategoryEnum } from '../../graphql/enums.js';
import { DateScalar } from '../../graphql/scalars.js';
import type { TimeEntryEntity } from './time-entry.entity.js';

/** TimeEntry's own fields; retainer and locked are resolved fields (meeting and deliverable come with those modules). */
@ObjectType('TimeEntry')
export class TimeEntryType {
  @Field(() => ID) id: string;
  @Field(() => DateScalar) date: string;
  @Field(() => Int) minutes: number;
  @Field(() => TimeCategoryEnum) category: TimeCategoryEnum;
  @Field() description: string;
  @Field() billable: boolean;
  /** Not exposed as such: the resolved fields load what they point to. */
  retainerId: string;
  clientId: string;
  meetingId: string | null;
  deliverableId: string | null;

  static from(entity: TimeEntryEntity): TimeEntryType {
    return {
      id: entity.id,
      date: entity.date,
      minutes: entity.minutes,
      category: entity.category as TimeCategoryEnum,
      description: entity.description,
      billable: entity.billable,
      retainerId: entity.retainerId,
      clientId: entity.clientId,
      meetingId: entity.meetingId,
      deliverableId: entity.deliverableId,
    };
  }
}

@ObjectType('TimeEntryConnection')
export class TimeEntryConnectionType {
  @Field(() => [TimeEntryType]) nodes: TimeEntryType[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
  @Field(() => Int) totalCount: number;
}
