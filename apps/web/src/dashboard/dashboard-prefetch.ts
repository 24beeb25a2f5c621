// The dashboard's data for the current month, fetched ahead of the page (see app/prefetch.ts).
import type { ApolloClient } from '@apollo/client';
import { currentMonthIn } from '@/shared/calendar';
import { dashboardQuery } from './dashboard.query';

export async function prefetchDashboard(client: ApolloClient, timeZone: string): Promise<void> {
  await client.query({ query: dashboardQuery, variables: { month: currentMonthIn(timeZone) } });
}
