// The month at a glance: every active client's balance with its open work, the leader's capacity
// and the alerts. Each part is one batched read for all clients, so the cost grows with the
// number of clients (and months), never with the number of time entries or log entries.
import { Injectable } from '@nestjs/common';
import { buildAlerts, computeCapacity, isActiveMonth, parseMonth, type Alert, type Capacity, type Month, type MonthBalance } from '@allot/domain';
import { withDomainErrors } from '../../common/domain-errors.js';
import { db } from '../../database/db.js';
import type { Principal } from '../../database/request-scope.js';
import { MeetingEntity, type ClientEntity } from '../../database/entities.js';
import { ClientsService } from '../clients/clients.service.js';
import { DeliverablesService } from '../deliverables/deliverables.service.js';
import { LogService } from '../log/log.service.js';
import { BalancesService } from '../retainers/balances.service.js';
import { RetainersService } from '../retainers/retainers.service.js';

export interface ClientSummary {
  client: ClientEntity;
  balance: MonthBalance;
  hasActiveRetainer: boolean;
  openActionItems: number;
  overdueDeliverables: number;
  lastMeeting: MeetingEntity | null;
  nextMeeting: MeetingEntity | null;
}

export interface Dashboard {
  month: Month;
  capacity: Capacity | null;
  clients: ClientSummary[];
  alerts: Alert[];
}

@Injectable()
export class DashboardService {
  constructor(
    private readonly clients: ClientsService,
    private readonly balances: BalancesService,
    private readonly retainers: RetainersService,
    private readonly log: LogService,
    private readonly deliverables: DeliverablesService,
  ) {}

  async dashboard(principal: Principal, monthInput: string): Promise<Dashboard> {
    const month = withDomainErrors(() => parseMonth(monthInput, 'month'));
    const context = await this.balances.context(principal);
    const clients = await this.clients.list(principal, false);
    const ids = clients.map((client) => client.id);
    const balances = await this.balances.clientBalances(principal, ids, month);
    const actionItems = await this.log.actionItemCounts(principal, ids, context.today);
    const overdue = await this.deliverables.overdueCounts(principal, ids, context.today);
    const meetings = await this.lastAndNextMeetings(principal, ids);
    const retainers = await Promise.all(ids.map((id) => this.retainers.listForClient(principal, id)));

    const summaries: ClientSummary[] = clients.map((client, index) => ({
      client,
      balance: balances.get(client.id)!,
      hasActiveRetainer: retainers[index].some((retainer) => isActiveMonth(retainer, month)),
      openActionItems: actionItems.get(client.id)?.open ?? 0,
      overdueDeliverables: overdue.get(client.id) ?? 0,
      lastMeeting: meetings.last.get(client.id) ?? null,
      nextMeeting: meetings.next.get(client.id) ?? null,
    }));
    const capacity =
      principal.role === 'LEADER'
        ? withDomainErrors(() =>
            computeCapacity(
              context.capacityDaysPerMonth,
              context.minutesPerDay,
              summaries.map((s) => s.balance),
            ),
          )
        : null;
    const alerts = withDomainErrors(() =>
      buildAlerts({
        month,
        today: context.today,
        minutesPerDay: context.minutesPerDay,
        capacity,
        clients: summaries.map((summary, index) => ({
          clientId: summary.client.id,
          clientName: summary.client.name,
          balance: summary.balance.availableMinutes > 0 || summary.balance.usedMinutes > 0 ? summary.balance : null,
          retainers: retainers[index].map((retainer) => ({ title: retainer.title, endMonth: retainer.endMonth })),
          overdueDeliverables: summary.overdueDeliverables,
          overdueActionItems: actionItems.get(summary.client.id)?.overdue ?? 0,
        })),
      }),
    );
    return { month, capacity, clients: summaries, alerts };
  }

  /**
   * The latest held and the next scheduled meeting of each client: two queries for all clients.
   * Each picks one meeting per client with a LATERAL LIMIT 1 on meetings_client_start_idx (which
   * covers status and id for it), so it reads a few index entries per client, not every meeting
   * ever held: a DISTINCT ON over them all took a third of the dashboard at 20 000 meetings (see
   * "## Performance" in README.md).
   */
  private async lastAndNextMeetings(
    principal: Principal,
    clientIds: string[],
  ): Promise<{ last: Map<string, MeetingEntity>; next: Map<string, MeetingEntity> }> {
    if (clientIds.length === 0) return { last: new Map(), next: new Map() };
    const manager = await db();
    const now = new Date();
    const query = (status: string, order: 'ASC' | 'DESC', comparison: '<=' | '>=') =>
      manager
        .createQueryBuilder(MeetingEntity, 'm')
        .where('m.workspace_id = :workspaceId', { workspaceId: principal.workspaceId })
        .andWhere(
          `m.id IN (SELECT pick.id FROM unnest(CAST(:clientIds AS uuid[])) AS c(id)
                      CROSS JOIN LATERAL (SELECT x.id FROM meetings x
                                           WHERE x.workspace_id = :workspaceId AND x.client_id = c.id AND x.status = :status
                                             AND x.starts_at ${comparison} :now
                                           ORDER BY x.starts_at ${order} LIMIT 1) AS pick)`,
          { clientIds, status, now },
        )
        .getMany();
    const held = await query('HELD', 'DESC', '<=');
    const upcoming = await query('SCHEDULED', 'ASC', '>=');
    return {
      last: new Map(held.map((meeting) => [meeting.clientId, meeting])),
      next: new Map(upcoming.map((meeting) => [meeting.clientId, meeting])),
    };
  }
}
