// How a month's balance status reads and looks, everywhere it is shown.
import { Badge } from '@mantine/core';
import type { BalanceStatus } from '@/gql/graphql';

export const statusLabel: Record<BalanceStatus, string> = {
  UNDER_USED: 'Under-used',
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OVER: 'Over',
};

export const statusColor: Record<BalanceStatus, string> = {
  UNDER_USED: 'yellow',
  ON_TRACK: 'teal',
  AT_RISK: 'orange',
  OVER: 'red',
};

export function BalanceStatusBadge({ status }: { status: BalanceStatus }) {
  return (
    <Badge color={statusColor[status]} variant="light">
      {statusLabel[status]}
    </Badge>
  );
}
