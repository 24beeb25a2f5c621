import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AlertKindEnum, SeverityEnum } from '../../graphql/enums.js';
import { MonthScalar } from '../../graphql/scalars.js';
import { ClientType } from '../clients/client.type.js';
import { MeetingType } from '../meetings/meeting.type.js';
import { MonthBalanceType } from '../retainers/retainer.types.js';

@ObjectType('Capacity')
export class CapacityType {
  @Field(() => Int) capacityMinutes: number;
  @Field(() => Int) allocatedMinutes: number;
  @Field(() => Int) usedMinutes: number;
  @Field(() => Int) projectedUsedMinutes: number;
}

@ObjectType('Alert')
export class AlertType {
  @Field(() => AlertKindEnum) kind: AlertKindEnum;
  @Field(() => SeverityEnum) severity: SeverityEnum;
  @Field(() => ClientType, { nullable: true }) client: ClientType | null;
  @Field() message: string;
}

@ObjectType('ClientSummary')
export class ClientSummaryType {
  @Field(() => ClientType) client: ClientType;
  @Field(() => MonthBalanceType) balance: MonthBalanceType;
  @Field({
    description: "Whether one of the client's retainers covers the month. When false the balance is all zeros and its status says nothing.",
  })
  hasActiveRetainer: boolean;
  @Field(() => Int) openActionItems: number;
  @Field(() => Int) overdueDeliverables: number;
  @Field(() => MeetingType, { nullable: true }) lastMeeting: MeetingType | null;
  @Field(() => MeetingType, { nullable: true }) nextMeeting: MeetingType | null;
}

@ObjectType('Dashboard')
export class DashboardType {
  @Field(() => MonthScalar) month: string;
  @Field(() => CapacityType, { nullable: true, description: "The leader's only: anyone else asking for it is answered FORBIDDEN (and null)." })
  capacity: CapacityType | null;
  @Field(() => [ClientSummaryType]) clients: ClientSummaryType[];
  @Field(() => [AlertType]) alerts: AlertType[];
}
