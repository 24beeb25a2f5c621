import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DeliverableStatusEnum } from '../../graphql/enums.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import type { DeliverableEntity } from './deliverable.entity.js';

/** Deliverable's scalar fields; client, retainer and overdue are resolved by DeliverablesResolver. */
@ObjectType('Deliverable')
export class DeliverableType {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => DateScalar, { nullable: true }) dueDate: string | null;
  @Field(() => DeliverableStatusEnum) status: DeliverableStatusEnum;
  @Field(() => DateTimeScalar, { nullable: true }) deliveredAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) acceptedAt: Date | null;

  /** Not exposed as such: used by the field resolvers. */
  workspaceId: string;
  clientId: string;
  retainerId: string | null;

  static from(entity: DeliverableEntity): DeliverableType {
    return {
      id: entity.id,
      title: entity.title,
      description: entity.description,
      dueDate: entity.dueDate,
      status: entity.status as DeliverableStatusEnum,
      deliveredAt: entity.deliveredAt,
      acceptedAt: entity.acceptedAt,
      workspaceId: entity.workspaceId,
      clientId: entity.clientId,
      retainerId: entity.retainerId,
    };
  }
}
