import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../access/access-policy.js';
import { CurrentPrincipal, requirePrincipal } from '../../auth/decorators.js';
import { NotFoundError } from '../../common/errors.js';
import type { Principal } from '../../database/request-scope.js';
import { MoneyType, money } from '../../graphql/common.types.js';
import { MonthScalar } from '../../graphql/scalars.js';
import { clientLoader } from '../clients/client.loader.js';
import { ClientType } from '../clients/client.type.js';
import { BalancesService } from './balances.service.js';
import { AdjustAllocationInput, AmendAllocationInput, CreateRetainerInput, UpdateRetainerInput } from './dto.js';
import { AllocationAdjustmentType, AllocationAmendmentType, MonthBalanceType, RetainerType } from './retainer.types.js';
import { RetainersService } from './retainers.service.js';

/** The client's currency: every Money of a retainer is in it. */
async function currencyOf(principal: Principal, clientId: string): Promise<string> {
  const client = await clientLoader(principal).load(clientId);
  if (!client) throw new NotFoundError('Client');
  return client.currency;
}

@Resolver(() => RetainerType)
export class RetainersResolver {
  constructor(
    private readonly retainerService: RetainersService,
    private readonly balanceService: BalancesService,
  ) {}

  @Query(() => RetainerType, { nullable: true })
  async retainer(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<RetainerType> {
    return RetainerType.from(await this.retainerService.get(principal, id));
  }

  @Mutation(() => RetainerType)
  @Allow('retainer.write')
  async createRetainer(@CurrentPrincipal() principal: Principal, @Args('input') input: CreateRetainerInput): Promise<RetainerType> {
    return RetainerType.from(await this.retainerService.create(principal, input));
  }

  @Mutation(() => RetainerType)
  @Allow('retainer.write')
  async updateRetainer(@CurrentPrincipal() principal: Principal, @Args('input') input: UpdateRetainerInput): Promise<RetainerType> {
    return RetainerType.from(await this.retainerService.update(principal, input));
  }

  @Mutation(() => AllocationAmendmentType)
  @Allow('retainer.write')
  async amendAllocation(@CurrentPrincipal() principal: Principal, @Args('input') input: AmendAllocationInput): Promise<AllocationAmendmentType> {
    const { amendment, currency } = await this.retainerService.amend(principal, input);
    return AllocationAmendmentType.from(amendment, currency);
  }

  @Mutation(() => AllocationAdjustmentType)
  @Allow('retainer.write')
  async adjustAllocation(@CurrentPrincipal() principal: Principal, @Args('input') input: AdjustAllocationInput): Promise<AllocationAdjustmentType> {
    return AllocationAdjustmentType.from(await this.retainerService.adjust(principal, input));
  }

  @ResolveField(() => ClientType)
  async client(@Parent() retainer: RetainerType): Promise<ClientType> {
    const client = await clientLoader(requirePrincipal()).load(retainer.clientId);
    if (!client) throw new NotFoundError('Client');
    return ClientType.from(client);
  }

  @ResolveField(() => MoneyType)
  async overageDayRate(@Parent() retainer: RetainerType): Promise<MoneyType> {
    return money(retainer.overageDayRateMinor, await currencyOf(requirePrincipal(), retainer.clientId));
  }

  @ResolveField(() => [AllocationAmendmentType])
  async amendments(@Parent() retainer: RetainerType): Promise<AllocationAmendmentType[]> {
    const principal = requirePrincipal();
    const [amendments, currency] = await Promise.all([this.retainerService.amendments(principal, retainer.id), currencyOf(principal, retainer.clientId)]);
    return amendments.map((amendment) => AllocationAmendmentType.from(amendment, currency));
  }

  @ResolveField(() => [AllocationAdjustmentType])
  async adjustments(@Parent() retainer: RetainerType): Promise<AllocationAdjustmentType[]> {
    return (await this.retainerService.adjustments(requirePrincipal(), retainer.id)).map(AllocationAdjustmentType.from);
  }

  @ResolveField(() => [MonthBalanceType], { description: "Months outside the retainer's active months are omitted." })
  async balances(
    @Parent() retainer: RetainerType,
    @Args('from', { type: () => MonthScalar }) from: string,
    @Args('to', { type: () => MonthScalar }) to: string,
  ): Promise<MonthBalanceType[]> {
    return (await this.balanceService.retainerBalances(requirePrincipal(), retainer, from, to)).map(MonthBalanceType.from);
  }
}
