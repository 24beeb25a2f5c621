import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ClientEntity } from './client.entity.js';

@ObjectType('Client')
export class ClientType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() legalName: string;
  @Field() addressLine: string;
  @Field() city: string;
  @Field() postalCode: string;
  @Field() country: string;
  @Field(() => String, { nullable: true }) vatId: string | null;
  @Field() billingEmail: string;
  @Field() currency: string;
  @Field() archived: boolean;

  static from(entity: ClientEntity): ClientType {
    return {
      id: entity.id,
      name: entity.name,
      legalName: entity.legalName,
      addressLine: entity.addressLine,
      city: entity.city,
      postalCode: entity.postalCode,
      country: entity.country,
      vatId: entity.vatId,
      billingEmail: entity.billingEmail,
      currency: entity.currency,
      archived: entity.archived,
    };
  }
}
