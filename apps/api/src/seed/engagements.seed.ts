// Demo retainers and a year of time: retainers of every shape (rollover with cap and expiry, no
// rollover, overage billed and absorbed, reverse charge, an amendment mid-year, an adjustment,
// an ending engagement, Northwind with a CTO and a CAIO retainer) and believable billable and
// non-billable time ending today, all through the services so every rule holds. Dates are
// relative to today in the workspace's time zone, so the demo always looks current.
import type { INestApplicationContext } from '@nestjs/common';
import {
  addMonths,
  allocatedMinutes,
  dateInTimeZone,
  firstDayOfMonth,
  lastDayOfMonth,
  monthOfDate,
  workingDatesBetween,
  workingDaysInMonth,
} from '@allot/domain';
import type { DataSource } from 'typeorm';
import { withUnitOfWork, type Principal } from '../database/request-scope.js';
import type { ClientEntity } from '../modules/clients/client.entity.js';
import type { CreateRetainerInput } from '../modules/retainers/dto.js';
import { RetainersService } from '../modules/retainers/retainers.service.js';
import type { TimeCategoryValue } from '../modules/time-entries/time-entry.entity.js';
import { TimeEntriesService } from '../modules/time-entries/time-entries.service.js';
import { OveragePolicyEnum, RetainerRoleEnum, RolloverPolicyEnum } from '../graphql/enums.js';

const MINUTES_PER_DAY = 480;

interface DemoRetainer {
  client: string;
  /** Months before the current one that the retainer started. */
  startedMonthsAgo: number;
  /** Last month, relative to the current one (positive: in the future). */
  endsInMonths?: number;
  terms: Omit<CreateRetainerInput, 'clientId' | 'startMonth' | 'endMonth'>;
  amendments?: Array<{ monthsAgo: number; daysPerMonth: number; monthlyFeeMinor: number }>;
  adjustments?: Array<{ monthsAgo: number; days: number; reason: string }>;
  /** Billable use as a share of the month's allocation, oldest month first (cycled). */
  pace: number[];
  work: Partial<Record<TimeCategoryValue, string[]>>;
}

const base = { vatRatePercent: 19, reverseCharge: false, paymentTermsDays: 14, rolloverCapDays: null, rolloverExpiryMonths: null };

const RETAINERS: DemoRetainer[] = [
  {
    client: 'Northwind Robotics',
    startedMonthsAgo: 11,
    terms: {
      ...base,
      title: 'Fractional CTO',
      role: RetainerRoleEnum.CTO,
      daysPerMonth: 4,
      monthlyFeeMinor: 600_000,
      overageDayRateMinor: 140_000,
      rollover: RolloverPolicyEnum.CARRY_FORWARD,
      rolloverCapDays: 2,
      rolloverExpiryMonths: 2,
      overage: OveragePolicyEnum.BILL,
    },
    adjustments: [{ monthsAgo: 3, days: 2, reason: 'Board off-site and Series B technical due diligence' }],
    pace: [0.8, 0.95, 1.1, 0.7, 1.25, 0.9, 1.0, 0.85, 1.3, 0.9, 1.05, 0.95],
    work: {
      MEETING: ['Leadership team weekly', 'One-on-one with Dana', 'Engineering all-hands', 'Board prep with Dana', 'Architecture review board'],
      DELIVERABLE: [
        'Engineering hiring plan for H2',
        'Security review of the customer portal',
        'CI migration plan',
        'Technology section of the board deck',
        'SOC 2 readiness comparison',
      ],
      ADVISORY: [
        'Coaching Lukas on incident reviews',
        'Vendor call: managed time-series databases',
        'Interview: senior firmware engineer',
        'Pricing the robotics API with product',
      ],
      ASYNC: ['Reviewed RFC: trunk-based development', 'Slack follow-ups with the engineering leads', 'Comments on the Q3 roadmap'],
      TRAVEL: ['Train Berlin–Hamburg for the plant visit'],
    },
  },
  {
    client: 'Northwind Robotics',
    startedMonthsAgo: 3,
    terms: {
      ...base,
      title: 'Fractional Chief AI Officer',
      role: RetainerRoleEnum.CAIO,
      daysPerMonth: 1.5,
      monthlyFeeMinor: 240_000,
      overageDayRateMinor: 160_000,
      rollover: RolloverPolicyEnum.NONE,
      overage: OveragePolicyEnum.ABSORB,
    },
    pace: [0.6, 1.15, 0.9, 0.8],
    work: {
      MEETING: ['AI steering group', 'Use-case workshop with operations'],
      DELIVERABLE: ['AI use-case portfolio', 'Predictive-maintenance pilot brief'],
      ADVISORY: ['Vendor call: vision-model providers', 'Data-readiness review with the platform team'],
      ASYNC: ['Reviewed the LLM usage policy draft'],
    },
  },
  {
    client: 'Helios Health',
    startedMonthsAgo: 11,
    terms: {
      ...base,
      title: 'Fractional CIO',
      role: RetainerRoleEnum.CIO,
      daysPerMonth: 3,
      monthlyFeeMinor: 450_000,
      overageDayRateMinor: 150_000,
      rollover: RolloverPolicyEnum.NONE,
      overage: OveragePolicyEnum.BILL,
      vatRatePercent: 0,
      reverseCharge: true,
      paymentTermsDays: 30,
    },
    // Expanded for the NEN 7510 audit.
    amendments: [{ monthsAgo: 5, daysPerMonth: 4, monthlyFeeMinor: 580_000 }],
    pace: [0.9, 1.0, 0.85, 1.1, 0.95, 1.0, 1.15, 0.9, 0.8, 1.05, 0.95, 0.9],
    work: {
      MEETING: ['Management team meeting', 'IT steering committee', 'One-on-one with Marit', 'Privacy officer sync'],
      DELIVERABLE: ['Patient-data system inventory', 'NEN 7510 gap analysis', 'Data platform vendor shortlist', 'IT budget for next year'],
      ADVISORY: ['Vendor negotiation: EHR hosting', 'Access-logging fix plan with vendors'],
      ASYNC: ['Reviewed DPAs of two new vendors', 'Email round on the audit schedule'],
      TRAVEL: ['Flight Berlin–Amsterdam for the steering committee'],
    },
  },
  {
    client: 'Quarry Analytics',
    startedMonthsAgo: 7,
    terms: {
      ...base,
      title: 'Fractional Chief AI Officer',
      role: RetainerRoleEnum.CAIO,
      daysPerMonth: 2,
      monthlyFeeMinor: 320_000,
      overageDayRateMinor: 160_000,
      rollover: RolloverPolicyEnum.CARRY_FORWARD,
      rolloverExpiryMonths: 1,
      overage: OveragePolicyEnum.ABSORB,
      vatRatePercent: 0,
      reverseCharge: true,
      paymentTermsDays: 21,
    },
    pace: [0.5, 0.7, 1.2, 0.4, 1.3, 0.9, 0.6, 0.8],
    work: {
      MEETING: ['AI working group', 'One-on-one with Tereza'],
      DELIVERABLE: ['AI acceptable-use policy', 'Ticket triage assistant: evaluation report', 'Annotation guidelines'],
      ADVISORY: ['Model evaluation review', 'Prompt-injection threat model'],
      ASYNC: ['Reviewed triage model metrics'],
    },
  },
  {
    client: 'Bluefin Logistics',
    startedMonthsAgo: 2,
    endsInMonths: 1,
    terms: {
      ...base,
      title: 'Technology advisor',
      role: RetainerRoleEnum.ADVISOR,
      daysPerMonth: 2,
      monthlyFeeMinor: 280_000,
      overageDayRateMinor: 130_000,
      rollover: RolloverPolicyEnum.NONE,
      overage: OveragePolicyEnum.BILL,
      vatRatePercent: 0,
      reverseCharge: true,
      paymentTermsDays: 30,
    },
    pace: [0.9, 1.2, 0.7],
    work: {
      MEETING: ['Operations leadership meeting', 'Carrier integration review'],
      DELIVERABLE: ['Event-messaging architecture for the WMS', 'Carrier API rate-limit survey'],
      ADVISORY: ['Build-or-buy session: route optimisation'],
      ASYNC: ['Comments on the WMS integration RFC'],
    },
  },
  {
    client: 'Cedar Foods',
    startedMonthsAgo: 1,
    terms: {
      ...base,
      title: 'Fractional CIO',
      role: RetainerRoleEnum.CIO,
      daysPerMonth: 2.5,
      monthlyFeeMinor: 300_000,
      overageDayRateMinor: 120_000,
      rollover: RolloverPolicyEnum.CARRY_FORWARD,
      rolloverCapDays: 1,
      overage: OveragePolicyEnum.BILL,
      vatRatePercent: 0,
      reverseCharge: true,
      paymentTermsDays: 30,
    },
    adjustments: [{ monthsAgo: 0, days: 1, reason: 'ERP vendor demo day' }],
    pace: [0.7, 0.85],
    work: {
      MEETING: ['Kick-off with the management team', 'ERP upgrade steering'],
      DELIVERABLE: ['IT security baseline', 'ERP upgrade options paper'],
      ADVISORY: ['Call with the ERP integrator'],
      ASYNC: ['Reviewed the backup policy'],
    },
  },
];

/** A small seeded generator (mulberry32): the same demo every time. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BILLABLE_MIX: TimeCategoryValue[] = ['MEETING', 'MEETING', 'MEETING', 'DELIVERABLE', 'DELIVERABLE', 'ADVISORY', 'ADVISORY', 'ASYNC'];

export async function seedEngagements(
  app: INestApplicationContext,
  dataSource: DataSource,
  leader: Principal,
  clients: readonly ClientEntity[],
): Promise<void> {
  const retainers = app.get(RetainersService);
  const time = app.get(TimeEntriesService);
  const today = dateInTimeZone(new Date(), 'Europe/Berlin');
  const thisMonth = monthOfDate(today);
  const next = random(20_260_401);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

  await withUnitOfWork(dataSource, leader, async () => {
    for (const demo of RETAINERS) {
      const client = clients.find((c) => c.name === demo.client);
      if (!client) continue;
      const startMonth = addMonths(thisMonth, -demo.startedMonthsAgo);
      const retainer = await retainers.create(leader, {
        ...demo.terms,
        clientId: client.id,
        startMonth,
        endMonth: demo.endsInMonths === undefined ? null : addMonths(thisMonth, demo.endsInMonths),
      });
      for (const amendment of demo.amendments ?? []) {
        await retainers.amend(leader, {
          retainerId: retainer.id,
          effectiveMonth: addMonths(thisMonth, -amendment.monthsAgo),
          daysPerMonth: amendment.daysPerMonth,
          monthlyFeeMinor: amendment.monthlyFeeMinor,
        });
      }
      for (const adjustment of demo.adjustments ?? []) {
        await retainers.adjust(leader, {
          retainerId: retainer.id,
          month: addMonths(thisMonth, -adjustment.monthsAgo),
          days: adjustment.days,
          reason: adjustment.reason,
        });
      }

      // Rule 1 on the terms as the services stored them: the amendments and adjustments above.
      const terms = await retainers.terms(leader, retainer);
      for (let offset = 0; offset <= demo.startedMonthsAgo; offset++) {
        const month = addMonths(startMonth, offset);
        const last = lastDayOfMonth(month);
        const days = workingDatesBetween(firstDayOfMonth(month), today < last ? today : last);
        if (days.length === 0) continue;
        const allocated = allocatedMinutes(terms, month, MINUTES_PER_DAY);
        // The current month is under way: its use so far is in proportion to the days gone by.
        const share = month === thisMonth ? days.length / workingDaysInMonth(month) : 1;
        let left = Math.round((allocated * demo.pace[offset % demo.pace.length]! * share) / 15) * 15;
        while (left >= 30) {
          const minutes = Math.min(left, 15 * (4 + Math.floor(next() * 20)));
          const category = pick(BILLABLE_MIX);
          await time.log(leader, {
            retainerId: retainer.id,
            date: pick(days),
            minutes,
            category,
            description: pick(demo.work[category] ?? demo.work.ADVISORY!),
          });
          left -= minutes;
        }
        // Some time is never billed: travel, and the odd favour.
        if (demo.work.TRAVEL && next() < 0.5) {
          await time.log(leader, {
            retainerId: retainer.id,
            date: pick(days),
            minutes: 15 * (8 + Math.floor(next() * 16)),
            category: 'TRAVEL',
            description: pick(demo.work.TRAVEL),
            billable: false,
          });
        }
        if (next() < 0.4) {
          await time.log(leader, {
            retainerId: retainer.id,
            date: pick(days),
            minutes: 30,
            category: 'ASYNC',
            description: 'Quick question answered on Slack (not billed)',
            billable: false,
          });
        }
      }
    }
  });
}
