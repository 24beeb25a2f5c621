// The contract's enums, registered once so every module refers to the same GraphQL type.
import { registerEnumType } from '@nestjs/graphql';

export enum RoleEnum {
  LEADER = 'LEADER',
  ACCOUNTANT = 'ACCOUNTANT',
  CLIENT_VIEWER = 'CLIENT_VIEWER',
}
registerEnumType(RoleEnum, { name: 'Role' });

export enum LogKindEnum {
  DECISION = 'DECISION',
  COMMITMENT = 'COMMITMENT',
  ACTION_ITEM = 'ACTION_ITEM',
  RISK = 'RISK',
  OUTCOME = 'OUTCOME',
  NOTE = 'NOTE',
  COMMENT = 'COMMENT',
  STATUS_CHANGE = 'STATUS_CHANGE',
  SYSTEM = 'SYSTEM',
}
registerEnumType(LogKindEnum, { name: 'LogKind' });

export enum ActionStatusEnum {
  OPEN = 'OPEN',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
registerEnumType(ActionStatusEnum, { name: 'ActionStatus' });

export enum DeliverableStatusEnum {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DELIVERED = 'DELIVERED',
  ACCEPTED = 'ACCEPTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(DeliverableStatusEnum, { name: 'DeliverableStatus' });

export enum RetainerRoleEnum {
  CTO = 'CTO',
  CIO = 'CIO',
  CAIO = 'CAIO',
  ADVISOR = 'ADVISOR',
  OTHER = 'OTHER',
}
registerEnumType(RetainerRoleEnum, { name: 'RetainerRole' });

export enum RolloverPolicyEnum {
  NONE = 'NONE',
  CARRY_FORWARD = 'CARRY_FORWARD',
}
registerEnumType(RolloverPolicyEnum, { name: 'RolloverPolicy' });

export enum OveragePolicyEnum {
  BILL = 'BILL',
  ABSORB = 'ABSORB',
}
registerEnumType(OveragePolicyEnum, { name: 'OveragePolicy' });

export enum BalanceStatusEnum {
  UNDER_USED = 'UNDER_USED',
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OVER = 'OVER',
}
registerEnumType(BalanceStatusEnum, { name: 'BalanceStatus' });

export enum TimeCategoryEnum {
  MEETING = 'MEETING',
  DELIVERABLE = 'DELIVERABLE',
  ADVISORY = 'ADVISORY',
  ASYNC = 'ASYNC',
  TRAVEL = 'TRAVEL',
  OTHER = 'OTHER',
}
registerEnumType(TimeCategoryEnum, { name: 'TimeCategory' });

export enum InvoiceKindEnum {
  INVOICE = 'INVOICE',
  CREDIT_NOTE = 'CREDIT_NOTE',
}
registerEnumType(InvoiceKindEnum, { name: 'InvoiceKind' });

export enum InvoiceStatusEnum {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
  PAID = 'PAID',
  CREDITED = 'CREDITED',
}
registerEnumType(InvoiceStatusEnum, { name: 'InvoiceStatus' });

export enum MeetingKindEnum {
  LEADERSHIP = 'LEADERSHIP',
  BOARD = 'BOARD',
  ONE_ON_ONE = 'ONE_ON_ONE',
  WORKSHOP = 'WORKSHOP',
  STEERING = 'STEERING',
  OTHER = 'OTHER',
}
registerEnumType(MeetingKindEnum, { name: 'MeetingKind' });

export enum MeetingStatusEnum {
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeetingStatusEnum, { name: 'MeetingStatus' });

export enum AlertKindEnum {
  OVER_CAPACITY = 'OVER_CAPACITY',
  OVERAGE = 'OVERAGE',
  AT_RISK = 'AT_RISK',
  UNDER_USED = 'UNDER_USED',
  DELIVERABLE_OVERDUE = 'DELIVERABLE_OVERDUE',
  ACTION_ITEM_OVERDUE = 'ACTION_ITEM_OVERDUE',
  RETAINER_ENDING = 'RETAINER_ENDING',
}
registerEnumType(AlertKindEnum, { name: 'AlertKind' });

export enum SeverityEnum {
  INFO = 'INFO',
  WARNING = 'WARNING',
  CRITICAL = 'CRITICAL',
}
registerEnumType(SeverityEnum, { name: 'Severity' });
