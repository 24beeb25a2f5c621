import { Field, ID, InputType } from '@nestjs/graphql';
import { IsArray, IsEnum, IsOptional, IsString } from 'class-validator';
import { InvoiceStatusEnum } from '../../graphql/enums.js';
import { MonthScalar } from '../../graphql/scalars.js';

@InputType('InvoiceFilter')
export class InvoiceFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() clientId?: string | null;
  @Field(() => MonthScalar, { nullable: true }) @IsOptional() @IsString() fromMonth?: string | null;
  @Field(() => MonthScalar, { nullable: true }) @IsOptional() @IsString() toMonth?: string | null;
  @Field(() => [InvoiceStatusEnum], { nullable: true }) @IsOptional() @IsArray() @IsEnum(InvoiceStatusEnum, { each: true }) status?: InvoiceStatusEnum[] | null;
}
