import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfoType } from '../graphql/common.types.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import type { OutboxMessage } from './outbox.service.js';

export enum OutboxStatusEnum {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  FAILED = 'FAILED',
  NOT_SENT = 'NOT_SENT',
}
registerEnumType(OutboxStatusEnum, {
  name: 'OutboxStatus',
  valuesMap: {
    QUEUED: { description: 'Waiting for delivery, or for another attempt after a temporary failure (see lastError).' },
    SENT: { description: 'The SMTP server accepted it (sentAt).' },
    FAILED: { description: 'Given up: refused by the SMTP server, or every attempt failed (see lastError).' },
    NOT_SENT: { description: 'Not sent: no SMTP server is configured. Kept here to read.' },
  },
});

@ObjectType('OutboxMessage', { description: 'An e-mail of the workspace, as its recipient receives it (or would).' })
export class OutboxMessageType {
  @Field(() => ID) id: string;
  @Field({ description: 'What made it: INVITATION, …' }) kind: string;
  @Field() recipient: string;
  @Field() subject: string;
  @Field({ description: 'The HTML part. Show it only in a sandboxed frame.' }) html: string;
  @Field({ description: 'The plain-text part.' }) text: string;
  @Field(() => OutboxStatusEnum) status: OutboxStatusEnum;
  @Field(() => Int, { description: 'Delivery attempts made so far.' }) attempts: number;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, or why it was not sent.' }) lastError: string | null;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) sentAt: Date | null;

  static from(message: OutboxMessage): OutboxMessageType {
    return {
      id: message.id,
      kind: message.kind,
      recipient: message.recipient,
      subject: message.subject,
      html: message.html,
      text: message.text,
      status: message.status as OutboxStatusEnum,
      attempts: message.attempts,
      lastError: message.lastError,
      createdAt: message.createdAt,
      sentAt: message.sentAt,
    };
  }
}

@ObjectType('OutboxMessageConnection')
export class OutboxMessageConnectionType {
  @Field(() => [OutboxMessageType]) nodes: OutboxMessageType[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
}
