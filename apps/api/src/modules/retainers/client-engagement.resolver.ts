// The engagement fields of Client: its retainers and its summed balance for a month.
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requirePrincipal } from '../../auth/decorators.js';
import { MonthScalar } from '../../graphql/scalars.js';
import { ClientType } from '../clients/client.type.js';
import { BalancesService } from './balances.service.js';
import { MonthBalanceType, RetainerType } from './retainer.types.js';
import { RetainersService } from './retainers.service.js';

@Resolver(() => ClientType)
export class ClientEngagementResolver {
  constructor(
    private readonly retainerService: RetainersService,
    private readonly balanceService: BalancesService,
  ) {}

  @ResolveField(() => [RetainerType])
  async retainers(@Parent() client: ClientType): Promise<RetainerType[]> {
    return (await this.retainerService.listForClient(requirePrincipal(), client.id)).map(RetainerType.from);
  }

  @ResolveField(() => MonthBalanceType, { description: "Sum over the client's retainers active in that month." })
  async balance(@Parent() client: ClientType, @Args('month', { type: () => MonthScalar }) month: string): Promise<MonthBalanceType> {
    return MonthBalanceType.from(await this.balanceService.clientBalance(requirePrincipal(), client.id, month));
  }
}
