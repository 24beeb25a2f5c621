import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsEnum, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DateScalar, DateTimeScalar } from '../../../graphql/scalars.js';
import { IsNotBlank } from '../../../common/validators.js';
import { MeetingKindEnum, MeetingStatusEnum } from '../../../graphql/enums.js';

@InputType('ScheduleMeetingInput')
export class ScheduleMeetingInput {
  @Field(() => ID) @IsString() clientId: string;
  @Field(() => MeetingKindEnum) @IsEnum(MeetingKindEnum) kind: MeetingKindEnum;
  @Field() @IsString() @Length(1, 200) @IsNotBlank() title: string;
  @Field(() => DateTimeScalar) @IsDate() startsAt: Date;
  @Field(() => DateTimeScalar) @IsDate() endsAt: Date;
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true, message: 'each attendee must be 1 to 200 characters' })
  attendees: string[];
  @Field() @IsString() @MaxLength(10000) agenda: string;
}

@InputType('ActionItemInput')
export class ActionItemInput {
  @Field() @IsString() @Length(1, 500) @IsNotBlank() title: string;
  @Field() @IsString() @Length(1, 200) @IsNotBlank() owner: string;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @IsString() dueDate?: string | null;
}

@InputType('RecordMeetingInput')
export class RecordMeetingInput {
  @Field(() => ID) @IsString() meetingId: string;
  @Field() @IsString() @MaxLength(20000) sharedNotes: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20000) privateNotes?: string | null;
  @Field(() => Int, { nullable: true, description: "Defaults to the meeting's duration." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  minutes?: number | null;
  @Field(() => ID, {
    nullable: true,
    description: "Defaults to the client's only retainer active on the meeting's date; required when there are several.",
  })
  @IsOptional()
  @IsString()
  retainerId?: string | null;
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 2000, { each: true, message: 'each decision must be 1 to 2000 characters' })
  @IsNotBlank({ each: true, message: 'each decision must not be blank' })
  decisions: string[];
  @Field(() => [ActionItemInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ActionItemInput)
  actionItems: ActionItemInput[];
}

@InputType('MeetingFilter')
export class MeetingFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() clientId?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) @IsOptional() @IsDate() from?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) @IsOptional() @IsDate() to?: Date | null;
  @Field(() => [MeetingStatusEnum], { nullable: true }) @IsOptional() @IsEnum(MeetingStatusEnum, { each: true }) status?: MeetingStatusEnum[] | null;
}
