import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { BalanceStatusEnum, OveragePolicyEnum, RetainerRoleEnum, RolloverPolicyEnum } from '../../graphql/enums.js';
import { MoneyType, money } from '../../graphql/common.types.js';
import { MonthScalar } from '../../graphql/scalars.js';
import type { MonthBalance } from '@allot/domain';
import type { AllocationAdjustmentEntity, AllocationAmendmentEntity } from './allocation.entity.js';
import type { RetainerEntity } from './retainer.entity.js';

@ObjectType('AllocationAmendment')
export class AllocationAmendmentType {
  @Field(() => ID) id: string;
  @Field(() => MonthScalar) effectiveMonth: string;
  @Field(() => Float) daysPerMonth: number;
  @Field(() => MoneyType) monthlyFee: MoneyType;

  static from(entity: AllocationAmendmentEntity, currency: string): AllocationAmendmentType {
    return {
      id: entity.id,
      effectiveMonth: entity.effectiveMonth,
      daysPerMonth: entity.daysPerMonth,
      monthlyFee: money(entity.monthlyFeeMinor, currency),
    };
  }
}

@ObjectType('AllocationAdjustment')
export class AllocationAdjustmentType {
  @Field(() => ID) id: string;
  @Field(() => MonthScalar) month: string;
  @Field(() => Float) days: number;
  @Field() reason: string;

  static from(entity: AllocationAdjustmentEntity): AllocationAdjustmentType {
    return { id: entity.id, month: entity.month, days: entity.days, reason: entity.reason };
  }
}

@ObjectType('MonthBalance')
export class MonthBalanceType {
  @Field(() => MonthScalar) month: string;
  @Field(() => Int) minutesPerDay: number;
  @Field(() => Int) allocatedMinutes: number;
  @Field(() => Int) carriedInMinutes: number;
  @Field(() => Int) availableMinutes: number;
  @Field(() => Int) usedMinutes: number;
  @Field(() => Int) remainingMinutes: number;
  @Field(() => Int) overageMinutes: number;
  @Field(() => Int) expiredMinutes: number;
  @Field(() => Int) carriedOutMinutes: number;
  @Field(() => Int) projectedUsedMinutes: number;
  @Field(() => BalanceStatusEnum) status: BalanceStatusEnum;
  @Field() locked: boolean;

  static from(balance: MonthBalance): MonthBalanceType {
    return { ...balance, status: balance.status as BalanceStatusEnum };
  }
}

/** Retainer's scalar fields; client, overageDayRate, amendments, adjustments and balances are resolved fields. */
@ObjectType('Retainer')
export class RetainerType {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => RetainerRoleEnum) role: RetainerRoleEnum;
  @Field(() => MonthScalar) startMonth: string;
  @Field(() => MonthScalar, { nullable: true }) endMonth: string | null;
  @Field(() => RolloverPolicyEnum) rollover: RolloverPolicyEnum;
  @Field(() => Float, { nullable: true }) rolloverCapDays: number | null;
  @Field(() => Int, { nullable: true }) rolloverExpiryMonths: number | null;
  @Field(() => OveragePolicyEnum) overage: OveragePolicyEnum;
  @Field(() => Float) vatRatePercent: number;
  @Field() reverseCharge: boolean;
  @Field(() => Int) paymentTermsDays: number;
  /** Not exposed as such: Retainer.client and the currency of its Money fields come from it. */
  clientId: string;
  overageDayRateMinor: number;

  static from(entity: RetainerEntity): RetainerType {
    return {
      id: entity.id,
      clientId: entity.clientId,
      title: entity.title,
      role: entity.role as RetainerRoleEnum,
      startMonth: entity.startMonth,
      endMonth: entity.endMonth,
      rollover: entity.rollover as RolloverPolicyEnum,
      rolloverCapDays: entity.rolloverCapDays,
      rolloverExpiryMonths: entity.rolloverExpiryMonths,
      overage: entity.overage as OveragePolicyEnum,
      overageDayRateMinor: entity.overageDayRateMinor,
      vatRatePercent: entity.vatRatePercent,
      reverseCharge: entity.reverseCharge,
      paymentTermsDays: entity.paymentTermsDays,
    };
  }
}
