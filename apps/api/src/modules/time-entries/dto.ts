import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { TimeCategoryEnum } from '../../graphql/enums.js';
import { DateScalar } from '../../graphql/scalars.js';

const MINUTES = { message: 'minutes must be a whole number from 1 to 1440 (one day)' };
const DESCRIPTION = { message: 'description must be 1 to 2000 characters' };

@InputType('LogTimeInput')
export class LogTimeInput {
  @Field(() => ID) @IsString() retainerId: string;
  @Field(() => DateScalar) @IsString() date: string;
  @Field(() => Int) @IsInt(MINUTES) @Min(1, MINUTES) @Max(1440, MINUTES) minutes: number;
  @Field(() => TimeCategoryEnum) @IsEnum(TimeCategoryEnum) category: TimeCategoryEnum;
  @Field() @IsString() @Length(1, 2000, DESCRIPTION) description: string;
  @Field(() => Boolean, { nullable: true, defaultValue: true }) @IsOptional() @IsBoolean() billable?: boolean | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() deliverableId?: string | null;
}

@InputType('UpdateTimeEntryInput')
export class UpdateTimeEntryInput {
  @Field(() => ID) @IsString() id: string;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @IsString() date?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt(MINUTES) @Min(1, MINUTES) @Max(1440, MINUTES) minutes?: number | null;
  @Field(() => TimeCategoryEnum, { nullable: true }) @IsOptional() @IsEnum(TimeCategoryEnum) category?: TimeCategoryEnum | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 2000, DESCRIPTION) description?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() billable?: boolean | null;
}

@InputType('TimeEntryFilter')
export class TimeEntryFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() clientId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() retainerId?: string | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @IsString() from?: string | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @IsString() to?: string | null;
}
