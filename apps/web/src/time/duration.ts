// The quick-entry duration parser: what a leader types ("1.5h", "90m", "0.5d", "1h30m", "1:30")
// turned into whole minutes. Pure; a "day" is the workspace's minutesPerDay (hoursPerDay × 60).

export type DurationResult = { ok: true; minutes: number } | { ok: false; error: string };

export interface DurationOptions {
  /** Minutes in one "day" of the workspace (hoursPerDay × 60). */
  minutesPerDay: number;
  /** The most one entry may hold; a time entry is work on one date. Default 24 h. */
  maxMinutes?: number;
}

type Unit = 'd' | 'h' | 'm';

const UNIT_WORDS: Record<string, Unit> = {
  d: 'd',
  day: 'd',
  days: 'd',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  m: 'm',
  min: 'm',
  mins: 'm',
  minute: 'm',
  minutes: 'm',
};

const NUMBER = String.raw`(\d+(?:[.,]\d+)?|[.,]\d+)`;
const PART = new RegExp(String.raw`^${NUMBER}\s*([a-z]+)\s*`);
const CLOCK = /^(\d{1,2}):([0-5]\d)$/;

const EXAMPLES = 'Try 1.5h, 90m, 0.5d or 1h30m.';

function fail(error: string): DurationResult {
  return { ok: false, error };
}

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

/** Parses a duration into whole minutes, or says what is wrong with it. */
export function parseDuration(input: string, options: DurationOptions): DurationResult {
  const { minutesPerDay, maxMinutes = 24 * 60 } = options;
  if (!Number.isInteger(minutesPerDay) || minutesPerDay <= 0) {
    throw new RangeError(`minutesPerDay must be a positive whole number, got ${minutesPerDay}`);
  }
  const text = input.trim().toLowerCase();
  if (text === '') return fail(`Enter a duration. ${EXAMPLES}`);
  if (text.startsWith('-') || text.startsWith('−')) return fail('A duration cannot be negative.');

  let total: number;
  const clock = CLOCK.exec(text);
  if (clock) {
    total = Number(clock[1]) * 60 + Number(clock[2]);
  } else {
    const parsed = parseParts(text, minutesPerDay);
    if (!parsed.ok) return parsed;
    total = parsed.minutes;
  }

  const minutes = Math.round(total);
  if (minutes <= 0) return fail('The duration must be at least one minute.');
  if (minutes > maxMinutes) {
    return fail(`One entry can hold at most ${maxMinutes / 60} hours; split longer work across dates.`);
  }
  return { ok: true, minutes };
}

function parseParts(text: string, minutesPerDay: number): DurationResult {
  const seen = new Set<Unit>();
  let rest = text;
  let total = 0;
  while (rest !== '') {
    if (/^[0-5]?\d$/.test(rest) && seen.has('h') && !seen.has('m')) {
      // "1h30" reads as an hour and thirty minutes.
      total += Number(rest);
      break;
    }
    const match = PART.exec(rest);
    if (!match) {
      if (/^[\d.,]+$/.test(rest) && seen.size === 0) return fail(`Add a unit: h, m or d. ${EXAMPLES}`);
      return fail(`"${text}" is not a duration. ${EXAMPLES}`);
    }
    const [whole, amountText = '', word = ''] = match;
    const unit = UNIT_WORDS[word];
    if (!unit) return fail(`"${word}" is not a unit; use h, m or d.`);
    if (seen.has(unit)) return fail(`Give each unit once. ${EXAMPLES}`);
    seen.add(unit);
    const amount = toNumber(amountText);
    if (!Number.isFinite(amount)) return fail(`"${text}" is not a duration. ${EXAMPLES}`);
    if (unit === 'm' && !Number.isInteger(amount)) return fail('Minutes must be whole: 90m, not 90.5m.');
    total += unit === 'd' ? amount * minutesPerDay : unit === 'h' ? amount * 60 : amount;
    rest = rest.slice(whole.length);
  }
  return { ok: true, minutes: total };
}
