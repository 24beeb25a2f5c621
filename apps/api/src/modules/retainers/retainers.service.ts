// Retainers and their allocation: creation (which is the first amendment), term changes,
// amendments from a month on and one-off adjustments. Every check that names a field runs before
// anything is written; dated changes in an invoiced month are refused (docs/rules.md, rule 9).
import { requireAccess } from '../../access/access-policy.js';
import { Injectable } from '@nestjs/common';
import { addMonths, isActiveMonth, isCurrencyCode, validateAdjustment, validateAmendment, type Month, type RetainerTerms } from '@allot/domain';
import { randomUUID } from 'node:crypto';
import { withDomainErrors } from '../../common/domain-errors.js';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors.js';
import { isUuid } from '../../common/iso.js';
import { db } from '../../database/db.js';
import type { Principal } from '../../database/request-scope.js';
import type { ClientEntity } from '../../database/entities.js';
import { clearRequestLoaders } from '../../graphql/request-loaders.js';
import { AllocationAdjustmentEntity, AllocationAmendmentEntity } from './allocation.entity.js';
import type { AdjustAllocationInput, AmendAllocationInput, CreateRetainerInput, UpdateRetainerInput } from './dto.js';
import { MonthLockService } from './month-lock.service.js';
import { adjustmentsLoader, amendmentsLoader, retainerLoader, retainersByClientLoader } from './retainer.loaders.js';
import { RetainerEntity } from './retainer.entity.js';

/** What a balance needs of a retainer: the entity, or its GraphQL type. */
export type RetainerShape = Pick<
  RetainerEntity,
  'id' | 'clientId' | 'startMonth' | 'endMonth' | 'rollover' | 'rolloverCapDays' | 'rolloverExpiryMonths' | 'overage'
>;

/** A retainer's terms as libs/domain computes balances and invoices from them. */
export function termsOf(
  retainer: RetainerShape,
  amendments: readonly AllocationAmendmentEntity[],
  adjustments: readonly AllocationAdjustmentEntity[],
): RetainerTerms {
  return {
    startMonth: retainer.startMonth,
    endMonth: retainer.endMonth,
    amendments: amendments.map((a) => ({ effectiveMonth: a.effectiveMonth, daysPerMonth: a.daysPerMonth, monthlyFeeMinor: a.monthlyFeeMinor })),
    adjustments: adjustments.map((a) => ({ month: a.month, days: a.days })),
    rollover: retainer.rollover,
    rolloverCapDays: retainer.rolloverCapDays,
    rolloverExpiryMonths: retainer.rolloverExpiryMonths,
    overage: retainer.overage,
  };
}

function requiredText(field: string, value: string | null | undefined, max: number): string {
  const text = (value ?? '').trim();
  if (text.length === 0) throw new BadInputError(field, `${field} cannot be empty.`);
  if (text.length > max) throw new BadInputError(field, `${field} must be at most ${max} characters.`);
  return text;
}

function refuseNull(field: string, value: unknown): void {
  if (value === null) throw new BadInputError(field, `${field} cannot be empty: leave it out to keep the current value.`);
}

function monthInside(retainer: Pick<RetainerEntity, 'startMonth' | 'endMonth'>, month: Month, field: string): void {
  if (!isActiveMonth(retainer, month)) {
    const span = retainer.endMonth ? `${retainer.startMonth} to ${retainer.endMonth}` : `${retainer.startMonth} on`;
    throw new BadInputError(field, `${field} ${month} is outside the retainer's months (${span}).`);
  }
}

export interface AmendmentResult {
  amendment: AllocationAmendmentEntity;
  currency: string;
}

@Injectable()
export class RetainersService {
  constructor(private readonly locks: MonthLockService) {}

  /** The retainer if it is in the caller's scope; NOT_FOUND otherwise, whether or not it exists. */
  async get(principal: Principal, id: string): Promise<RetainerEntity> {
    if (!isUuid(id)) throw new NotFoundError('Retainer');
    const retainer = await retainerLoader(principal).load(id);
    if (!retainer) throw new NotFoundError('Retainer');
    return retainer;
  }

  /**
   * The retainer for a write of dated data (time, amendments, adjustments): share-locked with its
   * client, so that neither its months nor the client's lock change under the write.
   */
  async getForWrite(principal: Principal, id: string): Promise<{ retainer: RetainerEntity; client: ClientEntity }> {
    if (!isUuid(id)) throw new NotFoundError('Retainer');
    const manager = await db();
    const found = await manager.findOne(RetainerEntity, { where: { id, workspaceId: principal.workspaceId } });
    if (!found || (principal.role === 'CLIENT_VIEWER' && found.clientId !== principal.clientId)) throw new NotFoundError('Retainer');
    // The client first, then the retainer: every writer takes them in this order.
    const client = await this.locks.clientForWrite(principal, found.clientId);
    const retainer = await manager.findOneOrFail(RetainerEntity, {
      where: { id, workspaceId: principal.workspaceId },
      lock: { mode: 'pessimistic_read' },
    });
    return { retainer, client };
  }

  async listForClient(principal: Principal, clientId: string): Promise<RetainerEntity[]> {
    return retainersByClientLoader(principal).load(clientId);
  }

  /** The client's retainers active in `month` (e.g. to pick the retainer a meeting's time goes to). */
  async activeIn(principal: Principal, clientId: string, month: Month): Promise<RetainerEntity[]> {
    return (await this.listForClient(principal, clientId)).filter((retainer) => isActiveMonth(retainer, month));
  }

  async amendments(principal: Principal, retainerId: string): Promise<AllocationAmendmentEntity[]> {
    return amendmentsLoader(principal).load(retainerId);
  }

  async adjustments(principal: Principal, retainerId: string): Promise<AllocationAdjustmentEntity[]> {
    return adjustmentsLoader(principal).load(retainerId);
  }

  async terms(principal: Principal, retainer: RetainerShape): Promise<RetainerTerms> {
    const [amendments, adjustments] = await Promise.all([this.amendments(principal, retainer.id), this.adjustments(principal, retainer.id)]);
    return termsOf(retainer, amendments, adjustments);
  }

  async create(principal: Principal, input: CreateRetainerInput): Promise<RetainerEntity> {
    await requireAccess(principal, 'retainer.write', 'Client', input.clientId);
    const title = requiredText('title', input.title, 200);
    const endMonth = input.endMonth ?? null;
    if (endMonth !== null && endMonth < input.startMonth) {
      throw new BadInputError('endMonth', `endMonth ${endMonth} must not be before startMonth ${input.startMonth}.`);
    }
    const carry = input.rollover === 'CARRY_FORWARD';
    if (!carry && input.rolloverCapDays != null) {
      throw new BadInputError('rolloverCapDays', 'rolloverCapDays applies only with rollover CARRY_FORWARD: leave it empty.');
    }
    if (!carry && input.rolloverExpiryMonths != null) {
      throw new BadInputError('rolloverExpiryMonths', 'rolloverExpiryMonths applies only with rollover CARRY_FORWARD: leave it empty.');
    }
    const firstAmendment = { effectiveMonth: input.startMonth, daysPerMonth: input.daysPerMonth, monthlyFeeMinor: input.monthlyFeeMinor };
    withDomainErrors(() => validateAmendment(firstAmendment));
    const client = await this.locks.clientForWrite(principal, input.clientId);
    if (client.archived) throw new ConflictError(`${client.name} is archived: a new retainer cannot start for it.`);
    // Clients saved while the API checked currencies against Intl may have a code ISO 4217 has
    // withdrawn (HRK, SLL…): the retainer's fees could never be invoiced, so say so now rather
    // than at generateInvoices.
    if (!isCurrencyCode(client.currency)) {
      throw new BadInputError(
        'clientId',
        `${client.name} is invoiced in ${client.currency}, which is not a current ISO 4217 currency: its retainers could not be invoiced. Create the client anew in a current currency.`,
      );
    }
    this.locks.assertUnlocked(client, input.startMonth, 'A retainer starting in');

    const manager = await db();
    const retainer = manager.create(RetainerEntity, {
      id: randomUUID(),
      workspaceId: principal.workspaceId,
      clientId: client.id,
      title,
      role: input.role,
      startMonth: input.startMonth,
      endMonth,
      rollover: input.rollover,
      rolloverCapDays: carry ? (input.rolloverCapDays ?? null) : null,
      rolloverExpiryMonths: carry ? (input.rolloverExpiryMonths ?? null) : null,
      overage: input.overage,
      overageDayRateMinor: input.overageDayRateMinor,
      vatRatePercent: input.vatRatePercent,
      reverseCharge: input.reverseCharge,
      paymentTermsDays: input.paymentTermsDays,
    });
    await manager.insert(RetainerEntity, retainer);
    // The creation is the retainer's first amendment.
    await manager.insert(AllocationAmendmentEntity, {
      id: randomUUID(),
      workspaceId: principal.workspaceId,
      clientId: client.id,
      retainerId: retainer.id,
      ...firstAmendment,
      createdBy: principal.userId,
    });
    clearRequestLoaders();
    return this.get(principal, retainer.id);
  }

  async update(principal: Principal, input: UpdateRetainerInput): Promise<RetainerEntity> {
    await requireAccess(principal, 'retainer.write', 'Retainer', input.id);
    for (const field of ['title', 'paymentTermsDays', 'vatRatePercent', 'reverseCharge'] as const) refuseNull(field, input[field]);
    const title = input.title === undefined ? undefined : requiredText('title', input.title, 200);
    const manager = await db();
    const existing = await this.get(principal, input.id);
    const client = await this.locks.clientForWrite(principal, existing.clientId);
    // Exclusive: writers of the retainer's dated data hold it shared, so its months cannot
    // change under a time entry being logged.
    const retainer = await manager.findOneOrFail(RetainerEntity, {
      where: { id: existing.id, workspaceId: principal.workspaceId },
      lock: { mode: 'pessimistic_write' },
    });
    const changes: Partial<RetainerEntity> = {};
    if (title !== undefined) changes.title = title;
    if (input.paymentTermsDays != null) changes.paymentTermsDays = input.paymentTermsDays;
    if (input.vatRatePercent != null) changes.vatRatePercent = input.vatRatePercent;
    if (input.reverseCharge != null) changes.reverseCharge = input.reverseCharge;
    if (input.endMonth !== undefined && input.endMonth !== retainer.endMonth) {
      await this.checkNewEnd(principal, retainer, client, input.endMonth ?? null);
      changes.endMonth = input.endMonth ?? null;
    }
    if (Object.keys(changes).length > 0) {
      await manager.update(RetainerEntity, { id: retainer.id, workspaceId: principal.workspaceId }, { ...changes, updatedAt: new Date() });
      clearRequestLoaders();
    }
    return this.get(principal, retainer.id);
  }

  /**
   * A new last month must not cut off anything already dated after it, and must leave invoiced
   * months as they were: the months between the old and the new end change activity.
   */
  private async checkNewEnd(principal: Principal, retainer: RetainerEntity, client: ClientEntity, endMonth: Month | null): Promise<void> {
    if (endMonth !== null && endMonth < retainer.startMonth) {
      throw new BadInputError('endMonth', `endMonth ${endMonth} must not be before the retainer's startMonth ${retainer.startMonth}.`);
    }
    const earlierEnd = [retainer.endMonth, endMonth].filter((m): m is Month => m !== null).sort()[0];
    // The month after 9999-12 does not exist: name endMonth rather than fail inside addMonths.
    const monthAfter = (month: Month) => withDomainErrors(() => addMonths(month, 1), { month: 'endMonth' });
    if (earlierEnd !== undefined) this.locks.assertUnlocked(client, monthAfter(earlierEnd), "Changing the retainer's months from");
    if (endMonth === null) return;
    const manager = await db();
    const after = `${monthAfter(endMonth)}-01`;
    const [found]: Array<{ what: string; month: string }> = await manager.query(
      `SELECT what, month FROM (
         SELECT 'time entries' AS what, to_char(min(date), 'YYYY-MM') AS month FROM time_entries
          WHERE workspace_id = $1 AND retainer_id = $2 AND date >= $3::date
         UNION ALL
         SELECT 'an amendment', min(effective_month) FROM allocation_amendments
          WHERE workspace_id = $1 AND retainer_id = $2 AND effective_month > $4
         UNION ALL
         SELECT 'an adjustment', min(month) FROM allocation_adjustments
          WHERE workspace_id = $1 AND retainer_id = $2 AND month > $4
       ) dated WHERE month IS NOT NULL ORDER BY month LIMIT 1`,
      [principal.workspaceId, retainer.id, after, endMonth],
    );
    if (found) {
      throw new BadInputError('endMonth', `The retainer has ${found.what} in ${found.month}, after endMonth ${endMonth}: move or remove them first.`);
    }
  }

  async amend(principal: Principal, input: AmendAllocationInput): Promise<AmendmentResult> {
    await requireAccess(principal, 'retainer.write', 'Retainer', input.retainerId);
    const { retainer, client } = await this.getForWrite(principal, input.retainerId);
    monthInside(retainer, input.effectiveMonth, 'effectiveMonth');
    this.locks.assertUnlocked(client, input.effectiveMonth, 'An amendment effective');
    const change = { effectiveMonth: input.effectiveMonth, daysPerMonth: input.daysPerMonth, monthlyFeeMinor: input.monthlyFeeMinor };
    const current = await this.terms(principal, retainer);
    withDomainErrors(() => validateAmendment(change, current));
    const manager = await db();
    // One amendment per month: amending a month again replaces its figures.
    const [row]: Array<{ id: string }> = await manager.query(
      `INSERT INTO allocation_amendments
         (id, workspace_id, client_id, retainer_id, effective_month, days_per_month, monthly_fee_minor, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (workspace_id, retainer_id, effective_month)
       DO UPDATE SET days_per_month = EXCLUDED.days_per_month, monthly_fee_minor = EXCLUDED.monthly_fee_minor, updated_at = now()
       RETURNING id`,
      [randomUUID(), principal.workspaceId, retainer.clientId, retainer.id, input.effectiveMonth, input.daysPerMonth, input.monthlyFeeMinor, principal.userId],
    );
    clearRequestLoaders();
    const amendment = await manager.findOneOrFail(AllocationAmendmentEntity, { where: { id: row.id, workspaceId: principal.workspaceId } });
    return { amendment, currency: client.currency };
  }

  async adjust(principal: Principal, input: AdjustAllocationInput): Promise<AllocationAdjustmentEntity> {
    await requireAccess(principal, 'retainer.write', 'Retainer', input.retainerId);
    const change = { month: input.month, days: input.days };
    // Its own fields first (no days at all is refused here), the retainer's allocations once locked.
    withDomainErrors(() => validateAdjustment(change));
    const reason = requiredText('reason', input.reason, 500);
    const { retainer, client } = await this.getForWrite(principal, input.retainerId);
    monthInside(retainer, input.month, 'month');
    this.locks.assertUnlocked(client, input.month, 'An adjustment of');
    const current = await this.terms(principal, retainer);
    withDomainErrors(() => validateAdjustment(change, current));
    const manager = await db();
    const adjustment = manager.create(AllocationAdjustmentEntity, {
      id: randomUUID(),
      workspaceId: principal.workspaceId,
      clientId: retainer.clientId,
      retainerId: retainer.id,
      month: input.month,
      days: input.days,
      reason,
      createdBy: principal.userId,
    });
    await manager.insert(AllocationAdjustmentEntity, adjustment);
    clearRequestLoaders();
    return manager.findOneOrFail(AllocationAdjustmentEntity, { where: { id: adjustment.id, workspaceId: principal.workspaceId } });
  }
}
