// Retainers and their allocation over the API: creation (the first amendment), term changes,
// amendments and adjustments, balances (docs/rules.md's worked example month by month), Client's
// retainers and summed balance, every role, every validation error, and batching.
import { startTestApp, type TestApp } from './support/app.js';
import { addMember, createClient, signUpLeader, type Actor } from './support/factories.js';
import { gql, gqlError, gqlRaw } from './support/graphql.js';
import { BALANCE_FIELDS, CREATE_RETAINER, RETAINER_FIELDS, balances, countQueries, createRetainer, logTime, retainerInput } from './support/engagement.js';

const RETAINER = `query ($id: ID!) { retainer(id: $id) { ${RETAINER_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateRetainerInput!) { updateRetainer(input: $input) { ${RETAINER_FIELDS} } }`;
const AMEND = `mutation ($input: AmendAllocationInput!) { amendAllocation(input: $input) { id effectiveMonth daysPerMonth monthlyFee { amountMinor currency } } }`;
const ADJUST = `mutation ($input: AdjustAllocationInput!) { adjustAllocation(input: $input) { id month days reason } }`;
const CLIENT_RETAINERS = `query ($id: ID!) { client(id: $id) { retainers { id title } } }`;
const CLIENT_BALANCE = `query ($id: ID!, $month: Month!) { client(id: $id) { balance(month: $month) { ${BALANCE_FIELDS} } } }`;

const d = (days: number) => Math.round(days * 480);

describe('retainers and allocation', () => {
  let app: TestApp;
  let leader: Actor;
  let accountant: Actor;
  let viewer: Actor;
  let otherLeader: Actor;
  let client: { id: string };
  let otherClient: { id: string };

  beforeAll(async () => {
    app = await startTestApp();
    leader = await signUpLeader(app);
    otherLeader = await signUpLeader(app);
    client = await createClient(app, leader, { currency: 'EUR' });
    otherClient = await createClient(app, leader, { currency: 'GBP' });
    accountant = await addMember(app, leader, 'ACCOUNTANT');
    viewer = await addMember(app, leader, 'CLIENT_VIEWER', client.id);
  });
  afterAll(() => app.close());

  async function retainerCount(clientId: string): Promise<number> {
    return (await gql(app, CLIENT_RETAINERS, { id: clientId }, leader.token)).client.retainers.length;
  }

  it('creates a retainer whose creation is its first amendment, and reads it back', async () => {
    const created = await createRetainer(app, leader, otherClient.id, {
      title: '  Chief AI Officer ',
      role: 'CAIO',
      startMonth: '2026-03',
      endMonth: '2027-02',
      daysPerMonth: 2.5,
      monthlyFeeMinor: 300_000,
      overageDayRateMinor: 120_000,
      rollover: 'CARRY_FORWARD',
      rolloverCapDays: 1.5,
      rolloverExpiryMonths: 3,
      overage: 'ABSORB',
      vatRatePercent: 0,
      reverseCharge: true,
      paymentTermsDays: 30,
    });
    expect(created).toEqual({
      id: expect.any(String),
      title: 'Chief AI Officer',
      role: 'CAIO',
      startMonth: '2026-03',
      endMonth: '2027-02',
      rollover: 'CARRY_FORWARD',
      rolloverCapDays: 1.5,
      rolloverExpiryMonths: 3,
      overage: 'ABSORB',
      overageDayRate: { amountMinor: 120_000, currency: 'GBP' },
      vatRatePercent: 0,
      reverseCharge: true,
      paymentTermsDays: 30,
      client: { id: otherClient.id },
      amendments: [{ id: expect.any(String), effectiveMonth: '2026-03', daysPerMonth: 2.5, monthlyFee: { amountMinor: 300_000, currency: 'GBP' } }],
      adjustments: [],
    });
    expect((await gql(app, RETAINER, { id: created.id }, leader.token)).retainer).toEqual(created);
    expect((await gql(app, CLIENT_RETAINERS, { id: otherClient.id }, leader.token)).client.retainers).toContainEqual({
      id: created.id,
      title: 'Chief AI Officer',
    });
  });

  it("reproduces docs/rules.md's worked example month by month", async () => {
    const exampleClient = await createClient(app, leader);
    const retainer = await createRetainer(app, leader, exampleClient.id, {
      startMonth: '2026-01',
      daysPerMonth: 4,
      monthlyFeeMinor: 400_000,
      rollover: 'CARRY_FORWARD',
      rolloverCapDays: 2,
      rolloverExpiryMonths: 2,
      overage: 'BILL',
      overageDayRateMinor: 150_000,
      vatRatePercent: 21,
    });
    const amendment = (
      await gql(app, AMEND, { input: { retainerId: retainer.id, effectiveMonth: '2026-04', daysPerMonth: 2, monthlyFeeMinor: 240_000 } }, leader.token)
    ).amendAllocation;
    expect(amendment).toMatchObject({ effectiveMonth: '2026-04', daysPerMonth: 2, monthlyFee: { amountMinor: 240_000, currency: 'EUR' } });
    const usage: Array<[string, number[]]> = [
      ['2026-01', [480, 480, 480]],
      ['2026-02', [480, 480, 240]],
      ['2026-03', [480]],
      ['2026-04', [480, 480, 480, 480, 480]],
    ];
    for (const [month, entries] of usage) {
      for (const [index, minutes] of entries.entries()) await logTime(app, leader, retainer.id, `${month}-${String(index + 2).padStart(2, '0')}`, minutes);
    }
    // Non-billable time never consumes allocation.
    await logTime(app, leader, retainer.id, '2026-03-20', 600, { billable: false, category: 'TRAVEL' });

    const months = await balances(app, leader, retainer.id, '2026-01', '2026-04');
    const row = (month: string, allocated: number, carriedIn: number, used: number, overage: number, expired: number, carriedOut: number, status: string) => ({
      month,
      minutesPerDay: 480,
      allocatedMinutes: d(allocated),
      carriedInMinutes: d(carriedIn),
      availableMinutes: d(carriedIn + allocated),
      usedMinutes: d(used),
      remainingMinutes: d(Math.max(0, carriedIn + allocated - used)),
      overageMinutes: d(overage),
      expiredMinutes: d(expired),
      carriedOutMinutes: d(carriedOut),
      projectedUsedMinutes: d(used),
      status,
      locked: false,
    });
    expect(months).toEqual([
      row('2026-01', 4, 0, 3, 0, 0, 1, 'ON_TRACK'),
      row('2026-02', 4, 1, 2.5, 0, 0.5, 2, 'ON_TRACK'),
      row('2026-03', 4, 2, 1, 0, 3, 2, 'UNDER_USED'),
      row('2026-04', 2, 2, 5, 1, 0, 0, 'OVER'),
    ]);
    for (const m of months) {
      expect(m.carriedInMinutes + m.allocatedMinutes).toBe(m.usedMinutes - m.overageMinutes + m.expiredMinutes + m.carriedOutMinutes);
    }
    // One retainer: the client's month is the retainer's month.
    expect((await gql(app, CLIENT_BALANCE, { id: exampleClient.id, month: '2026-04' }, leader.token)).client.balance).toEqual(months[3]);
  });

  it('omits months outside the retainer from balances and refuses a reversed or too long range', async () => {
    const retainer = await createRetainer(app, leader, client.id, { startMonth: '2026-03', endMonth: '2026-05' });
    const months = await balances(app, leader, retainer.id, '2026-01', '2026-12');
    expect(months.map((m: { month: string }) => m.month)).toEqual(['2026-03', '2026-04', '2026-05']);
    const query = `query ($id: ID!, $from: Month!, $to: Month!) { retainer(id: $id) { balances(from: $from, to: $to) { month } } }`;
    expect((await gqlError(app, query, { id: retainer.id, from: '2026-05', to: '2026-04' }, leader.token)).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'to',
    });
    expect((await gqlError(app, query, { id: retainer.id, from: '2026-01', to: '2036-01' }, leader.token)).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'to',
    });
  });

  it("sums a client's retainers active in the month into Client.balance", async () => {
    const twoRetainers = await createClient(app, leader);
    await createRetainer(app, leader, twoRetainers.id, { title: 'Fractional CTO', startMonth: '2026-01', daysPerMonth: 4 });
    const caio = await createRetainer(app, leader, twoRetainers.id, { title: 'Fractional CAIO', role: 'CAIO', startMonth: '2026-02', daysPerMonth: 2 });
    await createRetainer(app, leader, twoRetainers.id, { title: 'Ended', startMonth: '2025-01', endMonth: '2025-12', daysPerMonth: 10 });
    await logTime(app, leader, caio.id, '2026-02-10', 1440);
    const feb = (await gql(app, CLIENT_BALANCE, { id: twoRetainers.id, month: '2026-02' }, leader.token)).client.balance;
    // Sums per retainer: the CTO's spare 4 days never hide the CAIO's day of overage.
    expect(feb).toMatchObject({
      month: '2026-02',
      allocatedMinutes: d(6),
      usedMinutes: 1440,
      availableMinutes: d(6),
      overageMinutes: 480,
      remainingMinutes: d(4),
    });
    const jan = (await gql(app, CLIENT_BALANCE, { id: twoRetainers.id, month: '2026-01' }, leader.token)).client.balance;
    expect(jan).toMatchObject({ allocatedMinutes: d(4), usedMinutes: 0 });
    const noneActive = await createClient(app, leader);
    expect((await gql(app, CLIENT_BALANCE, { id: noneActive.id, month: '2026-02' }, leader.token)).client.balance).toMatchObject({
      allocatedMinutes: 0,
      usedMinutes: 0,
      availableMinutes: 0,
      locked: false,
    });
  });

  it('updates title, end month, payment terms, VAT and reverse charge, and reopens the end', async () => {
    const retainer = await createRetainer(app, leader, client.id, { startMonth: '2026-01', endMonth: '2026-12' });
    const updated = (
      await gql(
        app,
        UPDATE,
        {
          input: { id: retainer.id, title: 'Fractional CTO (extended)', endMonth: '2027-06', paymentTermsDays: 45, vatRatePercent: 19.5, reverseCharge: true },
        },
        leader.token,
      )
    ).updateRetainer;
    expect(updated).toMatchObject({
      title: 'Fractional CTO (extended)',
      endMonth: '2027-06',
      paymentTermsDays: 45,
      vatRatePercent: 19.5,
      reverseCharge: true,
      startMonth: '2026-01',
    });
    const reopened = (await gql(app, UPDATE, { input: { id: retainer.id, endMonth: null } }, leader.token)).updateRetainer;
    expect(reopened).toMatchObject({ endMonth: null, title: 'Fractional CTO (extended)' });
    const untouched = (await gql(app, UPDATE, { input: { id: retainer.id } }, leader.token)).updateRetainer;
    expect(untouched).toEqual(reopened);
  });

  it('refuses an end month that would cut off time, amendments or adjustments, or precede the start', async () => {
    const retainer = await createRetainer(app, leader, client.id, { startMonth: '2026-01' });
    await logTime(app, leader, retainer.id, '2026-05-04', 60);
    for (const endMonth of ['2026-04', '2025-12']) {
      const error = await gqlError(app, UPDATE, { input: { id: retainer.id, endMonth } }, leader.token);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'endMonth' });
    }
    await gql(app, AMEND, { input: { retainerId: retainer.id, effectiveMonth: '2026-08', daysPerMonth: 3, monthlyFeeMinor: 1 } }, leader.token);
    expect((await gqlError(app, UPDATE, { input: { id: retainer.id, endMonth: '2026-07' } }, leader.token)).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'endMonth',
    });
    await gql(app, ADJUST, { input: { retainerId: retainer.id, month: '2026-10', days: 1, reason: 'Board off-site' } }, leader.token);
    const error = await gqlError(app, UPDATE, { input: { id: retainer.id, endMonth: '2026-09' } }, leader.token);
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'endMonth' }, message: expect.stringContaining('2026-10') });
    expect((await gql(app, UPDATE, { input: { id: retainer.id, endMonth: '2026-10' } }, leader.token)).updateRetainer.endMonth).toBe('2026-10');
    expect((await gql(app, RETAINER, { id: retainer.id }, leader.token)).retainer.endMonth).toBe('2026-10');
  });

  it('amends the allocation from a month on, replacing an amendment of the same month', async () => {
    const retainer = await createRetainer(app, leader, client.id, { startMonth: '2026-01', daysPerMonth: 4 });
    await gql(app, AMEND, { input: { retainerId: retainer.id, effectiveMonth: '2026-03', daysPerMonth: 6, monthlyFeeMinor: 600_000 } }, leader.token);
    const again = (
      await gql(app, AMEND, { input: { retainerId: retainer.id, effectiveMonth: '2026-03', daysPerMonth: 5.75, monthlyFeeMinor: 575_000 } }, leader.token)
    ).amendAllocation;
    const read = (await gql(app, RETAINER, { id: retainer.id }, leader.token)).retainer;
    expect(read.amendments.map((a: { effectiveMonth: string; daysPerMonth: number }) => [a.effectiveMonth, a.daysPerMonth])).toEqual([
      ['2026-01', 4],
      ['2026-03', 5.75],
    ]);
    expect(read.amendments[1].id).toBe(again.id);
    const months = await balances(app, leader, retainer.id, '2026-02', '2026-04');
    expect(months.map((m: { allocatedMinutes: number }) => m.allocatedMinutes)).toEqual([d(4), d(5.75), d(5.75)]);
  });

  it('adjusts one month up or down, never below zero days', async () => {
    const retainer = await createRetainer(app, leader, client.id, { startMonth: '2026-01', daysPerMonth: 2 });
    const plus = (await gql(app, ADJUST, { input: { retainerId: retainer.id, month: '2026-03', days: 2, reason: ' Board off-site ' } }, leader.token))
      .adjustAllocation;
    expect(plus).toEqual({ id: expect.any(String), month: '2026-03', days: 2, reason: 'Board off-site' });
    await gql(app, ADJUST, { input: { retainerId: retainer.id, month: '2026-04', days: -2, reason: 'Holiday' } }, leader.token);
    const below = await gqlError(app, ADJUST, { input: { retainerId: retainer.id, month: '2026-04', days: -0.25, reason: 'More holiday' } }, leader.token);
    expect(below.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'days' });
    expect(below.message).toBe("2026-04's allocation would go below 0 days (2 days per month, -2 days adjusted already).");
    const none = await gqlError(app, ADJUST, { input: { retainerId: retainer.id, month: '2026-04', days: 0, reason: 'Nothing' } }, leader.token);
    expect(none).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'days' }, message: 'days must not be 0: an adjustment adds or removes time.' });
    // An amendment that would leave April's adjustment below zero is refused too.
    const amend = await gqlError(
      app,
      AMEND,
      { input: { retainerId: retainer.id, effectiveMonth: '2026-02', daysPerMonth: 1, monthlyFeeMinor: 0 } },
      leader.token,
    );
    expect(amend.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'daysPerMonth' });
    expect(amend.message).toBe("With 1 days per month, 2026-04's adjustments would take its allocation below 0 days.");
    const steps = await gqlError(
      app,
      AMEND,
      { input: { retainerId: retainer.id, effectiveMonth: '2026-02', daysPerMonth: 1.1, monthlyFeeMinor: 0 } },
      leader.token,
    );
    expect(steps.message).toBe('DaysPerMonth must be a number of days from 0 to 31 in quarter-day steps (0.25, 0.5, 0.75…).');
    const months = await balances(app, leader, retainer.id, '2026-03', '2026-04');
    expect(months.map((m: { allocatedMinutes: number }) => m.allocatedMinutes)).toEqual([d(4), 0]);
    const read = (await gql(app, RETAINER, { id: retainer.id }, leader.token)).retainer;
    expect(read.adjustments.map((a: { month: string; days: number }) => [a.month, a.days])).toEqual([
      ['2026-03', 2],
      ['2026-04', -2],
    ]);
    expect(read.amendments).toHaveLength(1);
  });

  describe('validation names the field and writes nothing', () => {
    it.each([
      ['title', { title: '' }],
      ['title', { title: '   ' }],
      ['title', { title: 'x'.repeat(201) }],
      ['endMonth', { startMonth: '2026-05', endMonth: '2026-04' }],
      ['daysPerMonth', { daysPerMonth: 1.1 }],
      ['daysPerMonth', { daysPerMonth: -1 }],
      ['daysPerMonth', { daysPerMonth: 32 }],
      ['monthlyFeeMinor', { monthlyFeeMinor: -1 }],
      ['overageDayRateMinor', { overageDayRateMinor: -100 }],
      ['rolloverCapDays', { rollover: 'NONE', rolloverCapDays: 2 }],
      ['rolloverExpiryMonths', { rollover: 'NONE', rolloverExpiryMonths: 2 }],
      ['rolloverCapDays', { rollover: 'CARRY_FORWARD', rolloverCapDays: 0.3 }],
      ['rolloverExpiryMonths', { rollover: 'CARRY_FORWARD', rolloverExpiryMonths: 0 }],
      ['vatRatePercent', { vatRatePercent: 101 }],
      ['vatRatePercent', { vatRatePercent: -1 }],
      ['vatRatePercent', { vatRatePercent: 21.125 }],
      ['paymentTermsDays', { paymentTermsDays: 366 }],
      ['paymentTermsDays', { paymentTermsDays: -1 }],
    ])('createRetainer refuses a bad %s', async (field, override) => {
      const before = await retainerCount(client.id);
      const error = await gqlError(app, CREATE_RETAINER, { input: retainerInput(client.id, override) }, leader.token);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(await retainerCount(client.id)).toBe(before);
    });

    it('refuses malformed months before any resolver runs', async () => {
      const before = await retainerCount(client.id);
      const error = await gqlError(app, CREATE_RETAINER, { input: retainerInput(client.id, { startMonth: '2026-13' }) }, leader.token);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await retainerCount(client.id)).toBe(before);
    });

    it('refuses bad amendments and adjustments, naming the field', async () => {
      const retainer = await createRetainer(app, leader, client.id, { startMonth: '2026-01', endMonth: '2026-06' });
      const amendCases: Array<[string, Record<string, unknown>]> = [
        ['effectiveMonth', { effectiveMonth: '2025-12' }],
        ['effectiveMonth', { effectiveMonth: '2026-07' }],
        ['daysPerMonth', { daysPerMonth: 2.2 }],
        ['daysPerMonth', { daysPerMonth: -0.25 }],
        ['monthlyFeeMinor', { monthlyFeeMinor: -5 }],
      ];
      for (const [field, override] of amendCases) {
        const input = { retainerId: retainer.id, effectiveMonth: '2026-03', daysPerMonth: 3, monthlyFeeMinor: 300_000, ...override };
        expect((await gqlError(app, AMEND, { input }, leader.token)).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      }
      const adjustCases: Array<[string, Record<string, unknown>]> = [
        ['month', { month: '2026-07' }],
        ['month', { month: '2025-01' }],
        ['days', { days: 0 }],
        ['days', { days: 0.1 }],
        ['days', { days: 40 }],
        ['reason', { reason: '' }],
        ['reason', { reason: '   ' }],
        ['reason', { reason: 'x'.repeat(501) }],
      ];
      for (const [field, override] of adjustCases) {
        const input = { retainerId: retainer.id, month: '2026-03', days: 1, reason: 'Workshop', ...override };
        expect((await gqlError(app, ADJUST, { input }, leader.token)).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      }
      const read = (await gql(app, RETAINER, { id: retainer.id }, leader.token)).retainer;
      expect(read.amendments).toHaveLength(1);
      expect(read.adjustments).toEqual([]);
    });

    it('refuses bad updates, naming the field, and changes nothing', async () => {
      const retainer = await createRetainer(app, leader, client.id, { startMonth: '2026-01' });
      const cases: Array<[string, Record<string, unknown>]> = [
        ['title', { title: '' }],
        ['title', { title: null }],
        ['paymentTermsDays', { paymentTermsDays: 400 }],
        ['vatRatePercent', { vatRatePercent: 100.5 }],
        ['reverseCharge', { reverseCharge: null }],
        ['endMonth', { endMonth: '2025-12' }],
      ];
      for (const [field, override] of cases) {
        expect((await gqlError(app, UPDATE, { input: { id: retainer.id, ...override } }, leader.token)).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      }
      expect((await gql(app, RETAINER, { id: retainer.id }, leader.token)).retainer).toEqual(retainer);
    });
  });

  describe('roles and scope', () => {
    let retainer: { id: string };
    let otherClientRetainer: { id: string };
    beforeAll(async () => {
      retainer = await createRetainer(app, leader, client.id, { startMonth: '2026-01' });
      otherClientRetainer = await createRetainer(app, leader, otherClient.id, { startMonth: '2026-01' });
    });

    it('lets an accountant read retainers, amendments and balances but change nothing', async () => {
      expect((await gql(app, RETAINER, { id: retainer.id }, accountant.token)).retainer.id).toBe(retainer.id);
      expect(await balances(app, accountant, retainer.id, '2026-01', '2026-02')).toHaveLength(2);
      expect((await gql(app, CLIENT_RETAINERS, { id: otherClient.id }, accountant.token)).client.retainers.length).toBeGreaterThan(0);
      const refused = [
        [CREATE_RETAINER, { input: retainerInput(client.id) }],
        [UPDATE, { input: { id: retainer.id, title: 'Hijacked' } }],
        [AMEND, { input: { retainerId: retainer.id, effectiveMonth: '2026-05', daysPerMonth: 1, monthlyFeeMinor: 1 } }],
        [ADJUST, { input: { retainerId: retainer.id, month: '2026-05', days: 1, reason: 'x' } }],
      ] as const;
      for (const [mutation, variables] of refused) {
        expect((await gqlError(app, mutation, variables, accountant.token)).extensions?.code).toBe('FORBIDDEN');
      }
      expect((await gql(app, RETAINER, { id: retainer.id }, leader.token)).retainer).toMatchObject({ title: 'Fractional CTO', adjustments: [] });
    });

    it("shows a client viewer only their own client's retainers and balances, and no changes", async () => {
      expect((await gql(app, RETAINER, { id: retainer.id }, viewer.token)).retainer).toMatchObject({ id: retainer.id, client: { id: client.id } });
      expect(await balances(app, viewer, retainer.id, '2026-01', '2026-01')).toHaveLength(1);
      expect((await gql(app, CLIENT_BALANCE, { id: client.id, month: '2026-01' }, viewer.token)).client.balance.month).toBe('2026-01');
      const hidden = await gqlRaw(app, RETAINER, { id: otherClientRetainer.id }, viewer.token);
      expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(hidden.data?.retainer).toBeNull();
      const refused = [
        [CREATE_RETAINER, { input: retainerInput(client.id) }],
        [UPDATE, { input: { id: retainer.id, title: 'Hijacked' } }],
        [AMEND, { input: { retainerId: retainer.id, effectiveMonth: '2026-05', daysPerMonth: 1, monthlyFeeMinor: 1 } }],
        [ADJUST, { input: { retainerId: retainer.id, month: '2026-05', days: 1, reason: 'x' } }],
      ] as const;
      for (const [mutation, variables] of refused) {
        expect((await gqlError(app, mutation, variables, viewer.token)).extensions?.code).toBe('FORBIDDEN');
      }
    });

    it('answers NOT_FOUND for ids of another workspace and for ids that are not ids', async () => {
      for (const id of [retainer.id, 'not-a-uuid', '00000000-0000-0000-0000-000000000000']) {
        expect((await gqlError(app, RETAINER, { id }, otherLeader.token)).extensions?.code).toBe('NOT_FOUND');
        expect((await gqlError(app, UPDATE, { input: { id, title: 'Hijacked' } }, otherLeader.token)).extensions?.code).toBe('NOT_FOUND');
        const amend = { retainerId: id, effectiveMonth: '2026-05', daysPerMonth: 1, monthlyFeeMinor: 1 };
        expect((await gqlError(app, AMEND, { input: amend }, otherLeader.token)).extensions?.code).toBe('NOT_FOUND');
        const adjust = { retainerId: id, month: '2026-05', days: 1, reason: 'x' };
        expect((await gqlError(app, ADJUST, { input: adjust }, otherLeader.token)).extensions?.code).toBe('NOT_FOUND');
      }
      for (const clientId of [client.id, 'nope']) {
        const error = await gqlError(app, CREATE_RETAINER, { input: retainerInput(clientId) }, otherLeader.token);
        expect(error.extensions?.code).toBe('NOT_FOUND');
      }
      expect((await gql(app, RETAINER, { id: retainer.id }, leader.token)).retainer.title).toBe('Fractional CTO');
    });

    it('refuses a new retainer for an archived client with CONFLICT', async () => {
      const archived = await createClient(app, leader);
      await gql(app, `mutation ($id: ID!) { archiveClient(id: $id) { id } }`, { id: archived.id }, leader.token);
      expect((await gqlError(app, CREATE_RETAINER, { input: retainerInput(archived.id) }, leader.token)).extensions?.code).toBe('CONFLICT');
    });
  });

  it('batches: listing clients with retainers and balances costs the same number of queries for 2 or 6 clients', async () => {
    const practice = await signUpLeader(app);
    const query = `query ($month: Month!) { clients { id balance(month: $month) { usedMinutes status locked }
      retainers { id client { name } overageDayRate { amountMinor } amendments { monthlyFee { amountMinor } } adjustments { days }
        balances(from: "2026-01", to: $month) { usedMinutes carriedOutMinutes locked } } } }`;
    const addClients = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const c = await createClient(app, practice);
        const r = await createRetainer(app, practice, c.id, { rollover: 'CARRY_FORWARD', rolloverCapDays: 2 });
        await createRetainer(app, practice, c.id, { title: 'Advisor', role: 'ADVISOR', startMonth: '2026-02' });
        await logTime(app, practice, r.id, '2026-03-03', 90);
        await gql(app, ADJUST, { input: { retainerId: r.id, month: '2026-03', days: 1, reason: 'Off-site' } }, practice.token);
      }
    };
    await addClients(2);
    const few = await countQueries(app, () => gql(app, query, { month: '2026-03' }, practice.token));
    await addClients(4);
    let result: any;
    const many = await countQueries(app, async () => {
      result = await gql(app, query, { month: '2026-03' }, practice.token);
    });
    expect(result.clients).toHaveLength(6);
    expect(result.clients[0].retainers).toHaveLength(2);
    expect(result.clients[0].balance.usedMinutes).toBe(90);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(15);
  });
});
