import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../access/access-policy.js';
import { CurrentPrincipal } from '../../auth/decorators.js';
import type { Principal } from '../../database/request-scope.js';
import { MonthScalar } from '../../graphql/scalars.js';
import { ClientType } from '../clients/client.type.js';
import { MeetingType } from '../meetings/meeting.type.js';
import { MonthBalanceType } from '../retainers/retainer.types.js';
import { AlertKindEnum, SeverityEnum } from '../../graphql/enums.js';
import { DashboardType } from './dashboard.types.js';
import { DashboardService } from './dashboard.service.js';

@Resolver(() => DashboardType)
@Allow('dashboard.read')
export class DashboardResolver {
  constructor(private readonly dashboards: DashboardService) {}

  @Query(() => DashboardType)
  async dashboard(@CurrentPrincipal() principal: Principal, @Args('month', { type: () => MonthScalar }) month: string): Promise<DashboardType> {
    const dashboard = await this.dashboards.dashboard(principal, month);
    const clientById = new Map(dashboard.clients.map((summary) => [summary.client.id, summary.client]));
    return {
      month: dashboard.month,
      capacity: dashboard.capacity,
      clients: dashboard.clients.map((summary) => ({
        client: ClientType.from(summary.client),
        balance: MonthBalanceType.from(summary.balance),
        hasActiveRetainer: summary.hasActiveRetainer,
        openActionItems: summary.openActionItems,
        overdueDeliverables: summary.overdueDeliverables,
        lastMeeting: summary.lastMeeting ? MeetingType.from(summary.lastMeeting, null) : null,
        nextMeeting: summary.nextMeeting ? MeetingType.from(summary.nextMeeting, null) : null,
      })),
      alerts: dashboard.alerts.map((alert) => {
        const client = alert.clientId ? clientById.get(alert.clientId) : undefined;
        return {
          kind: alert.kind as AlertKindEnum,
          severity: alert.severity as SeverityEnum,
          client: client ? ClientType.from(client) : null,
          message: alert.message,
        };
      }),
    };
  }
}
