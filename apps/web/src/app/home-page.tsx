// Home depends on the role: the leader's dashboard, the client viewer's engagement overview, or
// the accountant's invoice desk. Each is its own chunk.
import { lazy, Suspense } from 'react';
import { useSession } from '@/auth/session-context';
import { PageLoader } from '@/shared/query-state';

const DashboardPage = lazy(() => import('@/dashboard/dashboard-page').then((m) => ({ default: m.DashboardPage })));
const ClientViewerHome = lazy(() =>
  import('@/clients/client-viewer-home').then((m) => ({ default: m.ClientViewerHome })),
);
const InvoicesPage = lazy(() => import('@/invoices/invoices-page').then((m) => ({ default: m.InvoicesPage })));

export function HomePage() {
  const { role } = useSession();
  return (
    <Suspense fallback={<PageLoader />}>
      {role === 'LEADER' ? <DashboardPage /> : role === 'CLIENT_VIEWER' ? <ClientViewerHome /> : <InvoicesPage />}
    </Suspense>
  );
}
