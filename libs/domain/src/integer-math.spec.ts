import { DomainError } from './errors.js';
import { divRoundHalfUp, mulDivRoundHalfUp, toScaled } from './integer-math.js';

describe('integer arithmetic', () => {
  it('scales decimals to 4 places without float drift', () => {
    expect(toScaled(1.0001)).toBe(10_001);
    expect(toScaled(0.1 + 0.2)).toBe(3_000);
    expect(toScaled(-1.5)).toBe(-15_000);
    expect(toScaled(0.00005)).toBe(1);
    expect(Object.is(toScaled(-0), 0)).toBe(true);
  });

  it.each([
    [5, 2, 3],
    [4, 2, 2],
    [7, 3, 2],
    [-5, 2, -3],
    [-7, 3, -2],
    [0, 7, 0],
    [-1, 3, 0],
  ])('%i / %i rounds half away from zero to %i', (n, d, q) => {
    expect(divRoundHalfUp(n, d)).toBe(q);
  });

  it('never returns -0', () => {
    expect(Object.is(divRoundHalfUp(-1, 3), 0)).toBe(true);
  });

  it('refuses an inexact numerator', () => {
    expect(() => divRoundHalfUp(2 ** 60, 3)).toThrow(DomainError);
  });

  it('multiplies and divides exactly past 2^53', () => {
    expect(mulDivRoundHalfUp(3, 4, 5)).toBe(2);
    expect(mulDivRoundHalfUp(2 ** 40, 2 ** 20, 2 ** 20)).toBe(2 ** 40);
    expect(mulDivRoundHalfUp(-(2 ** 40), 3 * 2 ** 20, 2 ** 21)).toBe(-1_649_267_441_664);
    expect(mulDivRoundHalfUp(2 ** 40 + 1, 2 ** 20, 2 ** 21)).toBe(2 ** 39 + 1);
  });
});
