import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Length, Max, Min, ValidateBy, type ValidationOptions } from 'class-validator';
import { OveragePolicyEnum, RetainerRoleEnum, RolloverPolicyEnum } from '../../graphql/enums.js';
import { MonthScalar } from '../../graphql/scalars.js';
import { IsDecimal } from '../../common/validators.js';

/** Days are sold in quarter days (2 hours of an 8-hour day): 0.25, 0.5, 0.75, 1 … */
export function isQuarterDays(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && Number.isInteger(value * 4);
}

function IsQuarterDays(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isQuarterDays',
      validator: {
        validate: (value) => isQuarterDays(value, min, max),
        defaultMessage: (args) => `${args?.property} must be a number of days from ${min} to ${max} in quarter-day steps (0.25, 0.5, 0.75…)`,
      },
    },
    options,
  );
}

const VAT = { message: 'vatRatePercent must be a percentage from 0 to 100 with at most 2 decimals' };
const TERMS = { message: 'paymentTermsDays must be a whole number of days from 0 to 365' };

@InputType('CreateRetainerInput')
export class CreateRetainerInput {
  @Field(() => ID) @IsString() clientId: string;
  @Field() @IsString() @Length(1, 200, { message: 'title must be 1 to 200 characters' }) title: string;
  @Field(() => RetainerRoleEnum) @IsEnum(RetainerRoleEnum) role: RetainerRoleEnum;
  @Field(() => MonthScalar) @IsString() startMonth: string;
  @Field(() => MonthScalar, { nullable: true }) @IsOptional() @IsString() endMonth?: string | null;
  @Field(() => Float) @IsQuarterDays(0, 31) daysPerMonth: number;
  @Field(() => Int) @IsInt() @Min(0, { message: 'monthlyFeeMinor must not be negative' }) monthlyFeeMinor: number;
  @Field(() => Int) @IsInt() @Min(0, { message: 'overageDayRateMinor must not be negative' }) overageDayRateMinor: number;
  @Field(() => RolloverPolicyEnum) @IsEnum(RolloverPolicyEnum) rollover: RolloverPolicyEnum;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsQuarterDays(0, 1000) rolloverCapDays?: number | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'rolloverExpiryMonths must be at least 1 month' })
  @Max(120, { message: 'rolloverExpiryMonths must be at most 120 months' })
  rolloverExpiryMonths?: number | null;
  @Field(() => OveragePolicyEnum) @IsEnum(OveragePolicyEnum) overage: OveragePolicyEnum;
  @Field(() => Float) @IsDecimal(2, VAT) @Min(0, VAT) @Max(100, VAT) vatRatePercent: number;
  @Field() @IsBoolean() reverseCharge: boolean;
  @Field(() => Int) @IsInt(TERMS) @Min(0, TERMS) @Max(365, TERMS) paymentTermsDays: number;
}

@InputType('UpdateRetainerInput')
export class UpdateRetainerInput {
  @Field(() => ID) @IsString() id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200, { message: 'title must be 1 to 200 characters' }) title?: string | null;
  /** null makes the retainer open-ended. */
  @Field(() => MonthScalar, { nullable: true }) @IsOptional() @IsString() endMonth?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt(TERMS) @Min(0, TERMS) @Max(365, TERMS) paymentTermsDays?: number | null;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsDecimal(2, VAT)
  @Min(0, VAT)
  @Max(100, VAT)
  vatRatePercent?: number | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() reverseCharge?: boolean | null;
}

@InputType('AmendAllocationInput')
export class AmendAllocationInput {
  @Field(() => ID) @IsString() retainerId: string;
  @Field(() => MonthScalar) @IsString() effectiveMonth: string;
  @Field(() => Float) @IsQuarterDays(0, 31) daysPerMonth: number;
  @Field(() => Int) @IsInt() @Min(0, { message: 'monthlyFeeMinor must not be negative' }) monthlyFeeMinor: number;
}

@InputType('AdjustAllocationInput')
export class AdjustAllocationInput {
  @Field(() => ID) @IsString() retainerId: string;
  @Field(() => MonthScalar) @IsString() month: string;
  @Field(() => Float) @IsQuarterDays(-31, 31) days: number;
  @Field() @IsString() @Length(1, 500, { message: 'reason must be 1 to 500 characters' }) reason: string;
}
