import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionStatusEnum, LogKindEnum } from '../../graphql/enums.js';
import { PageInfoType } from '../../graphql/common.types.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import type { LogEntryRecord, LogPage } from './log.service.js';
import type { ChainVerification } from '@allot/domain';

@ObjectType('LogEntry')
export class LogEntryType {
  @Field(() => ID) id: string;
  @Field(() => Int) seq: number;
  @Field(() => LogKindEnum) kind: LogKindEnum;
  @Field() title: string;
  @Field() body: string;
  @Field(() => String, { nullable: true }) owner: string | null;
  @Field(() => DateScalar, { nullable: true }) dueDate: string | null;
  @Field(() => ActionStatusEnum, {
    nullable: true,
    description: 'For ACTION_ITEM: its status after every STATUS_CHANGE that refers to it.',
  })
  actionStatus: ActionStatusEnum | null;
  @Field(() => DateTimeScalar) occurredAt: Date;
  @Field() prevHash: string;
  @Field() hash: string;

  // Resolved by LogResolver (client, refersTo, author); not fields themselves.
  clientId: string;
  refersToId: string | null;
  authorId: string | null;

  static from(record: LogEntryRecord): LogEntryType {
    return {
      id: record.id,
      seq: record.seq,
      kind: record.kind as LogKindEnum,
      title: record.title,
      body: record.body,
      owner: record.owner,
      dueDate: record.dueDate,
      actionStatus: record.actionStatus as ActionStatusEnum | null,
      occurredAt: record.occurredAt,
      prevHash: record.prevHash,
      hash: record.hash,
      clientId: record.clientId,
      refersToId: record.refersToId,
      authorId: record.authorId,
    };
  }
}

@ObjectType('LogEntryConnection')
export class LogEntryConnectionType {
  @Field(() => [LogEntryType]) nodes: LogEntryType[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
  @Field(() => Int) totalCount: number;

  static from(page: LogPage): LogEntryConnectionType {
    return {
      nodes: page.nodes.map(LogEntryType.from),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }
}

@ObjectType('LogVerification')
export class LogVerificationType {
  @Field() ok: boolean;
  @Field(() => Int) entryCount: number;
  @Field(() => String, { nullable: true }) headHash: string | null;
  @Field(() => Int, { nullable: true }) firstBrokenSeq: number | null;

  static from(result: ChainVerification): LogVerificationType {
    return { ok: result.ok, entryCount: result.entryCount, headHash: result.headHash, firstBrokenSeq: result.firstBrokenSeq };
  }
}
