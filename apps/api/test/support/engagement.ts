// Retainers, time entries and the service-layer access tests need (locking months as invoicing
// will), on top of the actors of factories.ts.
import { DataSource } from 'typeorm';
import { withUnitOfWork, type Principal, type RequestScope } from '../../src/database/request-scope.js';
import type { TestApp } from './app.js';
import type { Actor } from './factories.js';
import { gql } from './graphql.js';

export const RETAINER_FIELDS = `id title role startMonth endMonth rollover rolloverCapDays rolloverExpiryMonths overage
  overageDayRate { amountMinor currency } vatRatePercent reverseCharge paymentTermsDays
  client { id } amendments { id effectiveMonth daysPerMonth monthlyFee { amountMinor currency } }
  adjustments { id month days reason }`;

export const BALANCE_FIELDS = `month minutesPerDay allocatedMinutes carriedInMinutes availableMinutes usedMinutes
  remainingMinutes overageMinutes expiredMinutes carriedOutMinutes projectedUsedMinutes status locked`;

export const ENTRY_FIELDS = `id date minutes category description billable locked retainer { id }`;

export function retainerInput(clientId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    clientId,
    title: 'Fractional CTO',
    role: 'CTO',
    startMonth: '2026-01',
    endMonth: null,
    daysPerMonth: 4,
    monthlyFeeMinor: 400_000,
    overageDayRateMinor: 150_000,
    rollover: 'NONE',
    rolloverCapDays: null,
    rolloverExpiryMonths: null,
    overage: 'BILL',
    vatRatePercent: 21,
    reverseCharge: false,
    paymentTermsDays: 14,
    ...overrides,
  };
}

export const CREATE_RETAINER = `mutation ($input: CreateRetainerInput!) { createRetainer(input: $input) { ${RETAINER_FIELDS} } }`;
export const LOG_TIME = `mutation ($input: LogTimeInput!) { logTime(input: $input) { ${ENTRY_FIELDS} } }`;

export async function createRetainer(app: TestApp, leader: Actor, clientId: string, overrides: Record<string, unknown> = {}) {
  return (await gql(app, CREATE_RETAINER, { input: retainerInput(clientId, overrides) }, leader.token)).createRetainer;
}

export async function logTime(app: TestApp, leader: Actor, retainerId: string, date: string, minutes: number, overrides: Record<string, unknown> = {}) {
  const input = { retainerId, date, minutes, category: 'ADVISORY', description: 'Architecture review', ...overrides };
  return (await gql(app, LOG_TIME, { input }, leader.token)).logTime;
}

export async function balances(app: TestApp, actor: Actor, retainerId: string, from: string, to: string) {
  const data = await gql(
    app,
    `query ($id: ID!, $from: Month!, $to: Month!) { retainer(id: $id) { balances(from: $from, to: $to) { ${BALANCE_FIELDS} } } }`,
    { id: retainerId, from, to },
    actor.token,
  );
  return data.retainer.balances;
}

export function leaderPrincipal(actor: Actor): Principal {
  return { userId: actor.userId, membershipId: 'n/a', workspaceId: actor.workspaceId, role: 'LEADER', clientId: null };
}

/** Runs `fn` in one committed transaction as the actor, through the service layer. */
export function asLeader<T>(app: TestApp, actor: Actor, fn: (principal: Principal, scope: RequestScope) => Promise<T>): Promise<T> {
  const principal = leaderPrincipal(actor);
  return withUnitOfWork(app.app.get(DataSource), principal, (scope) => fn(principal, scope));
}

/** Counts the SQL statements the app sends while `fn` runs. */
export async function countQueries(app: TestApp, fn: () => Promise<unknown>): Promise<number> {
  const dataSource = app.app.get(DataSource);
  const original = dataSource.createQueryRunner;
  let count = 0;
  dataSource.createQueryRunner = function (this: DataSource, ...args: Parameters<DataSource['createQueryRunner']>) {
    const runner = original.apply(this, args);
    const query = runner.query.bind(runner);
    runner.query = ((...queryArgs: Parameters<typeof runner.query>) => {
      count++;
      return query(...queryArgs);
    }) as typeof runner.query;
    return runner;
  };
  try {
    await fn();
  } finally {
    dataSource.createQueryRunner = original;
  }
  return count;
}
