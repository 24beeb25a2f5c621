// Time balances, only ever from libs/domain's computeBalances fed with the monthly usage rollup
// (never from a scan of time entries), the workspace's minutes per day, its date today in its
// own time zone, and the client's lock. Every read goes through per-request loaders, so a page
// of many clients and retainers costs a constant number of queries.
import { Injectable } from '@nestjs/common';
import { computeBalances, dateInTimeZone, isActiveMonth, monthDiff, sumBalances, type IsoDate, type Month, type MonthBalance } from '@allot/domain';
import { withDomainErrors } from '../../common/domain-errors.js';
import { BadInputError, NotFoundError } from '../../common/errors.js';
import type { Principal } from '../../database/request-scope.js';
import { MonthLockService } from './month-lock.service.js';
import { usageLoader, workspaceLoader } from './retainer.loaders.js';
import { RetainersService, type RetainerShape } from './retainers.service.js';

/** What every balance of a workspace is computed with. */
export interface BalanceContext {
  minutesPerDay: number;
  timezone: string;
  /** The workspace's calendar date now: decides past, current and future months. */
  today: IsoDate;
  capacityDaysPerMonth: number;
}

/** The longest span of months one Retainer.balances call answers. */
export const MAX_BALANCE_MONTHS = 120;

/** One month asked for (dashboard, invoices, a client's balance): its errors name `month`, not from/to. */
function asMonthError(error: unknown): never {
  if (error instanceof BadInputError && (error.field === 'from' || error.field === 'to'))
    throw new BadInputError('month', error.message.replace(/^(From|To)\b/, 'Month'));
  throw error;
}

@Injectable()
export class BalancesService {
  constructor(
    private readonly retainers: RetainersService,
    private readonly locks: MonthLockService,
  ) {}

  async context(principal: Principal): Promise<BalanceContext> {
    const workspace = await workspaceLoader().load(principal.workspaceId);
    if (!workspace) throw new NotFoundError('Workspace');
    return {
      minutesPerDay: workspace.minutesPerDay,
      timezone: workspace.timezone,
      today: dateInTimeZone(new Date(), workspace.timezone),
      capacityDaysPerMonth: workspace.capacityDaysPerMonth,
    };
  }

  /** The retainer's balances for its active months from `from` to `to`, both included. */
  async retainerBalances(principal: Principal, retainer: RetainerShape, from: Month, to: Month): Promise<MonthBalance[]> {
    if (to < from) throw new BadInputError('to', `to (${to}) must not be before from (${from}).`);
    if (monthDiff(from, to) >= MAX_BALANCE_MONTHS) {
      throw new BadInputError('to', `Ask for at most ${MAX_BALANCE_MONTHS} months of balances at a time.`);
    }
    const [context, terms, usage, lockedThrough] = await Promise.all([
      this.context(principal),
      this.retainers.terms(principal, retainer),
      usageLoader(principal).load(retainer.id),
      this.locks.lockedThrough(principal, retainer.clientId),
    ]);
    return withDomainErrors(() =>
      computeBalances({
        terms,
        usedMinutesByMonth: usage,
        minutesPerDay: context.minutesPerDay,
        from,
        to,
        today: context.today,
        lockedThrough,
      }),
    );
  }

  /**
   * Each retainer's balance for `month`, by retainer id; retainers not active that month are
   * absent. What invoicing needs for overage and the dashboard for capacity.
   */
  async retainerMonthBalances(principal: Principal, retainers: readonly RetainerShape[], month: Month): Promise<Map<string, MonthBalance>> {
    const active = retainers.filter((retainer) => isActiveMonth(retainer, month));
    const balances = await Promise.all(active.map((retainer) => this.retainerBalances(principal, retainer, month, month).catch(asMonthError)));
    return new Map(active.map((retainer, index) => [retainer.id, balances[index][0]]));
  }

  /** The client's month: its active retainers' balances summed (zeros when none is active). */
  async clientBalance(principal: Principal, clientId: string, month: Month): Promise<MonthBalance> {
    const [context, retainers, lockedThrough] = await Promise.all([
      this.context(principal),
      this.retainers.listForClient(principal, clientId),
      this.locks.lockedThrough(principal, clientId),
    ]);
    const balances = await this.retainerMonthBalances(principal, retainers, month);
    return withDomainErrors(() => sumBalances([...balances.values()], { month, minutesPerDay: context.minutesPerDay, today: context.today, lockedThrough }));
  }

  /** clientBalance for several clients at once, by client id (batched like everything here). */
  async clientBalances(principal: Principal, clientIds: readonly string[], month: Month): Promise<Map<string, MonthBalance>> {
    const balances = await Promise.all(clientIds.map((clientId) => this.clientBalance(principal, clientId, month)));
    return new Map(clientIds.map((clientId, index) => [clientId, balances[index]]));
  }
}
