// Which retainers are active in a month (startMonth ≤ month ≤ endMonth, endMonth optional).
export interface RetainerSpan {
  startMonth: string;
  endMonth?: string | null;
}

export function isActiveIn(retainer: RetainerSpan, month: string): boolean {
  return retainer.startMonth <= month && (!retainer.endMonth || month <= retainer.endMonth);
}
