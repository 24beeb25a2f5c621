import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { PageInfoType } from '../../graphql/common.types.js';
import { MeetingKindEnum, MeetingStatusEnum } from '../../graphql/enums.js';
import type { MeetingEntity } from './meeting.entity.js';

@ObjectType('Meeting')
export class MeetingType {
  @Field(() => ID) id: string;
  @Field(() => MeetingKindEnum) kind: MeetingKindEnum;
  @Field() title: string;
  @Field(() => DateTimeScalar) startsAt: Date;
  @Field(() => DateTimeScalar) endsAt: Date;
  @Field(() => MeetingStatusEnum) status: MeetingStatusEnum;
  @Field(() => [String]) attendees: string[];
  @Field() agenda: string;
  @Field() sharedNotes: string;
  @Field(() => String, { nullable: true, description: "The leader's only: anyone else asking for it is answered FORBIDDEN (and null)." }) privateNotes:
    string | null;

  /** Not exposed: used by field resolvers. */
  clientId: string;
  timeEntryId: string | null;

  static from(entity: MeetingEntity, privateNotes: string | null): MeetingType {
    return {
      id: entity.id,
      kind: entity.kind,
      title: entity.title,
      startsAt: entity.startsAt,
      endsAt: entity.endsAt,
      status: entity.status,
      attendees: entity.attendees,
      agenda: entity.agenda,
      sharedNotes: entity.sharedNotes,
      privateNotes,
      clientId: entity.clientId,
      timeEntryId: entity.timeEntryId,
    };
  }
}

@ObjectType('MeetingConnection')
export class MeetingConnectionType {
  @Field(() => [MeetingType]) nodes: MeetingType[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
  @Field(() => Int) totalCount: number;
}
