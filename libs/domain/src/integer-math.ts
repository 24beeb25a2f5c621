// Exact integer arithmetic for minutes and money. Floats never touch a stored amount: decimal
// inputs (days, quantities, VAT rates) are scaled to integers first, and every division rounds
// on the exact remainder rather than on a float quotient.

import { check } from './errors.js';

/** Decimal inputs (days, quantities, VAT percentages) are exact to 4 decimal places. */
export const SCALE = 10_000;

/** `value` × 10 000 as an integer; beyond 4 decimals it is rounded half away from zero. */
export function toScaled(value: number): number {
  const scaled = Math.round(Math.abs(value) * SCALE);
  // `0 - x` rather than `-x` so that zero never turns into -0 (which JSON and Object.is tell apart).
  return value < 0 ? 0 - scaled : scaled;
}

/**
 * n ÷ d for a safe integer n and d > 0, rounded half away from zero: the commercial "half up",
 * which keeps a credit note the exact mirror of its invoice.
 */
export function divRoundHalfUp(n: number, d: number): number {
  check(Number.isSafeInteger(n), 'amount', `amount is too large to compute exactly (${n})`);
  const magnitude = Math.abs(n);
  const quotient = Math.floor(magnitude / d);
  const rest = magnitude - quotient * d;
  const rounded = 2 * rest >= d ? quotient + 1 : quotient;
  return n < 0 ? 0 - rounded : rounded;
}

/** a × b ÷ d rounded half away from zero, exact even when a × b is beyond 2^53. */
export function mulDivRoundHalfUp(a: number, b: number, d: number): number {
  const product = a * b;
  if (Number.isSafeInteger(product)) return divRoundHalfUp(product, d);
  const n = BigInt(a) * BigInt(b);
  const big = BigInt(d);
  const magnitude = n < 0n ? -n : n;
  const quotient = magnitude / big;
  const rounded = 2n * (magnitude % big) >= big ? quotient + 1n : quotient;
  const result = Number(n < 0n ? -rounded : rounded);
  check(Number.isSafeInteger(result), 'amount', 'amount is too large to represent exactly');
  return result;
}
