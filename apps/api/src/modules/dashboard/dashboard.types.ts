import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MonthScalar } from '../../graphql/scalars.js';
import { ClientType } from '../clients/client.type.js';
import { MeetingType } from '../meetings/meeting.type.js';
import { MonthBalanceType } from '../retainers/retainer.types.js';

export enum AlertKind {
  OVER_CAPACITY = 'OVER_CAPACITY',
  OVERAGE = 'OVERAGE',
  AT_RISK = 'AT_RISK',
  UNDER_USED = 'UNDER_USED',
  DELIVERABLE_OVERDUE = 'DELIVERABLE_OVERDUE',
  ACTION_ITEM_OVERDUE = 'ACTION_ITEM_OVERDUE',
  RETAINER_ENDING = 'RETAINER_ENDING',
}
registerEnumType(AlertKind, { name: 'AlertKind' });

export enum Severity { INFO = 'INFO', WARNING = 'WARNING', CRITICAL = 'CRITICAL' }
registerEnumType(Severity, { name: 'Severity' });

@ObjectType('Capacity')
export class CapacityType {
  @Field(() => Int) capacityMinutes: number;
  @Field(() => Int) allocatedMinutes: number;
  @Field(() => Int) usedMinutes: number;
  @Field(() => Int) projectedUsedMinutes: number;
}

@ObjectType('Alert')
export class AlertType {
  @Field(() => AlertKind) kind: AlertKind;
  @Field(() => Severity) severity: Severity;
  @Field(() => ClientType, { nullable: true }) client: ClientType | null;
  @Field() message: string;
}

@ObjectType('ClientSummary')
export class ClientSummaryType {
  @Field(() => ClientType) client: ClientType;
  @Field(() => MonthBalanceType) balance: MonthBalanceType;
  @Field(() => Int) openActionItems: number;
  @Field(() => Int) overdueDeliverables: number;
  @Field(() => MeetingType, { nullable: true }) lastMeeting: MeetingType | null;
  @Field(() => MeetingType, { nullable: true }) nextMeeting: MeetingType | null;
}

@ObjectType('Dashboard')
export class DashboardType {
  @Field(() => MonthScalar) month: string;
  @Field(() => CapacityType, { nullable: true, description: 'Null for a client viewer.' }) capacity: CapacityType | null;
  @Field(() => [ClientSummaryType]) clients: ClientSummaryType[];
  @Field(() => [AlertType]) alerts: AlertType[];
}
