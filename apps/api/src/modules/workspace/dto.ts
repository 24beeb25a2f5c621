import { Field, Float, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsCountryCode, IsDecimal, IsNotBlank, IsTimeZone } from '../../common/validators.js';

@InputType('UpdateWorkspaceInput')
export class UpdateWorkspaceInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) @IsNotBlank() name?: string;
  @Field({ nullable: true }) @IsOptional() @IsTimeZone() timezone?: string;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsDecimal(4)
  @Min(1, { message: 'hoursPerDay must be at least 1' })
  @Max(24, { message: 'hoursPerDay must be at most 24' })
  hoursPerDay?: number;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsDecimal(2)
  @Min(0, { message: 'capacityDaysPerMonth must not be negative' })
  @Max(31, { message: 'capacityDaysPerMonth must be at most 31' })
  capacityDaysPerMonth?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) legalName?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) addressLine?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) city?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20) postalCode?: string;
  @Field({ nullable: true }) @IsOptional() @IsCountryCode() country?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @ValidateIf((o) => Boolean(o.vatId)) @IsString() @Length(2, 30) vatId?: string | null;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z0-9/_-]{0,20}$/, { message: 'invoiceNumberPrefix may hold up to 20 letters, digits, "-", "_" or "/"' })
  invoiceNumberPrefix?: string;
}
