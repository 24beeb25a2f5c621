import { ADJUSTMENT_DAYS, DAYS_PER_MONTH, isQuarterDays, quarterDaysMessage, ROLLOVER_CAP_DAYS, type DayRange } from '@allot/domain';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Length, Max, Min, ValidateBy, type ValidationOptions } from 'class-validator';
import { OveragePolicyEnum, RetainerRoleEnum, RolloverPolicyEnum } from '../../graphql/enums.js';
import { MonthScalar } from '../../graphql/scalars.js';
import { IsDecimal } from '../../common/validators.js';

/** The domain's quarter-day rule at the input's edge, so a bad figure is refused before any resolver runs. */
function IsQuarterDays(range: DayRange, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isQuarterDays',
      validator: {
        validate: (value) => isQuarterDays(value, range),
        defaultMessage: (args) => quarterDaysMessage(args?.property ?? 'days', range),
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
  @Field(() => Float) @IsQuarterDays(DAYS_PER_MONTH) daysPerMonth: number;
  @Field(() => Int) @IsInt() @Min(0, { message: 'monthlyFeeMinor must not be negative' }) monthlyFeeMinor: number;
  @Field(() => Int) @IsInt() @Min(0, { message: 'overageDayRateMinor must not be negative' }) overageDayRateMinor: number;
  @Field(() => RolloverPolicyEnum) @IsEnum(RolloverPolicyEnum) rollover: RolloverPolicyEnum;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsQuarterDays(ROLLOVER_CAP_DAYS) rolloverCapDays?: number | null;
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
  @Field(() => Float) @IsQuarterDays(DAYS_PER_MONTH) daysPerMonth: number;
  @Field(() => Int) @IsInt() @Min(0, { message: 'monthlyFeeMinor must not be negative' }) monthlyFeeMinor: number;
}

@InputType('AdjustAllocationInput')
export class AdjustAllocationInput {
  @Field(() => ID) @IsString() retainerId: string;
  @Field(() => MonthScalar) @IsString() month: string;
  @Field(() => Float) @IsQuarterDays(ADJUSTMENT_DAYS) days: number;
  @Field() @IsString() @Length(1, 500, { message: 'reason must be 1 to 500 characters' }) reason: string;
}
