import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { LogKindEnum } from '../../graphql/enums.js';
import { DateScalar } from '../../graphql/scalars.js';
import { MAX_BODY, MAX_OWNER, MAX_TITLE } from './log.service.js';

@InputType('AppendLogEntryInput')
export class AppendLogEntryInput {
  @Field(() => ID) @IsString() clientId: string;
  @Field(() => LogKindEnum) @IsEnum(LogKindEnum) kind: LogKindEnum;
  @Field() @IsString() @MinLength(1) @MaxLength(MAX_TITLE) title: string;
  @Field() @IsString() @MaxLength(MAX_BODY) body: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(MAX_OWNER) owner?: string | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @IsString() dueDate?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() refersToId?: string | null;
}
