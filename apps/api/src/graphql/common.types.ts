import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Money')
export class MoneyType {
  @Field(() => Int) amountMinor: number;
  @Field() currency: string;
}

@ObjectType('PageInfo')
export class PageInfoType {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export function money(amountMinor: number, currency: string): MoneyType {
  return { amountMinor, currency };
}
