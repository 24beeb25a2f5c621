// A small burn-down of a month: remaining days from the start of the month to today (solid),
// the projection to month end (dotted), against an even pace (dashed).
import { useId } from 'react';

export interface BurnDownInput {
  availableMinutes: number;
  usedMinutes: number;
  projectedUsedMinutes: number;
  /** Share of the month elapsed, 0…1 (1 for past months, 0 for future ones). */
  elapsed: number;
}

export function burnDownPoints({ availableMinutes, usedMinutes, projectedUsedMinutes }: BurnDownInput) {
  const remainingNow = availableMinutes - usedMinutes;
  const remainingEnd = availableMinutes - projectedUsedMinutes;
  const top = Math.max(availableMinutes, 1);
  const bottom = Math.min(0, remainingNow, remainingEnd);
  return { remainingNow, remainingEnd, top, bottom };
}

export function BurnDownSparkline({
  label,
  width = 140,
  height = 40,
  ...input
}: BurnDownInput & { label: string; width?: number; height?: number }) {
  const clipId = useId();
  const { remainingNow, remainingEnd, top, bottom } = burnDownPoints(input);
  const pad = 2;
  const x = (f: number) => pad + f * (width - 2 * pad);
  const y = (m: number) => pad + ((top - m) / (top - bottom || 1)) * (height - 2 * pad);
  const t = Math.min(1, Math.max(0, input.elapsed));
  const over = remainingEnd < 0 || remainingNow < 0;
  const color = over ? 'var(--mantine-color-red-8)' : 'var(--mantine-color-brand-7)';
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <clipPath id={clipId}>
        <rect x="0" y="0" width={width} height={height} />
      </clipPath>
      <g clipPath={`url(#${clipId})`} fill="none" strokeLinecap="round">
        {bottom < 0 && (
          <line x1={x(0)} x2={x(1)} y1={y(0)} y2={y(0)} stroke="var(--mantine-color-gray-4)" strokeWidth={1} />
        )}
        <line
          x1={x(0)}
          y1={y(input.availableMinutes)}
          x2={x(1)}
          y2={y(0)}
          stroke="var(--mantine-color-gray-5)"
          strokeWidth={1}
          strokeDasharray="3 3"
        />
        {t > 0 && (
          <line
            x1={x(0)}
            y1={y(input.availableMinutes)}
            x2={x(t)}
            y2={y(remainingNow)}
            stroke={color}
            strokeWidth={2}
          />
        )}
        {t < 1 && t > 0 && (
          <line
            x1={x(t)}
            y1={y(remainingNow)}
            x2={x(1)}
            y2={y(remainingEnd)}
            stroke={color}
            strokeWidth={2}
            strokeDasharray="1 3"
          />
        )}
      </g>
    </svg>
  );
}
