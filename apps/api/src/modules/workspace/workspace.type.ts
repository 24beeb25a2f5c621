import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { WorkspaceEntity } from './workspace.entity.js';

@ObjectType('Workspace')
export class WorkspaceType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() timezone: string;
  @Field() currency: string;
  @Field(() => Float) hoursPerDay: number;
  @Field(() => Float) capacityDaysPerMonth: number;
  @Field() legalName: string;
  @Field() addressLine: string;
  @Field() city: string;
  @Field() postalCode: string;
  @Field() country: string;
  @Field(() => String, { nullable: true }) vatId: string | null;
  @Field() invoiceNumberPrefix: string;

  static from(entity: WorkspaceEntity): WorkspaceType {
    const { minutesPerDay, createdAt: _createdAt, ...rest } = entity;
    return { ...rest, hoursPerDay: minutesPerDay / 60 };
  }
}
