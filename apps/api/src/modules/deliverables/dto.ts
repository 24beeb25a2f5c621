import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { DateScalar } from '../../graphql/scalars.js';

export const MAX_DELIVERABLE_TITLE = 200;
export const MAX_DESCRIPTION = 10_000;

@InputType('CreateDeliverableInput')
export class CreateDeliverableInput {
  @Field(() => ID) @IsString() clientId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() retainerId?: string | null;
  @Field() @IsString() @MinLength(1) @MaxLength(MAX_DELIVERABLE_TITLE) title: string;
  @Field() @IsString() @MaxLength(MAX_DESCRIPTION) description: string;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @IsString() dueDate?: string | null;
}

@InputType('UpdateDeliverableInput')
export class UpdateDeliverableInput {
  @Field(() => ID) @IsString() id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(MAX_DELIVERABLE_TITLE) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(MAX_DESCRIPTION) description?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'null removes the due date.' })
  @IsOptional()
  @IsString()
  dueDate?: string | null;
}
