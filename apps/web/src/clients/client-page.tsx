// The leader's page for one client (/clients/:clientId).
import { useParams } from 'react-router';
import { ClientWorkspace } from './client-workspace';

export function ClientPage() {
  const { clientId = '' } = useParams();
  return <ClientWorkspace key={clientId} clientId={clientId} mode="leader" />;
}
