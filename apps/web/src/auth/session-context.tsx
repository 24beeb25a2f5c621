// The signed-in user's session: who they are and the one membership (workspace + role [+ client])
// they act within. Every page reads role-dependent navigation and data scope from here.
import { minutesPerDay } from '@allot/domain';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { graphql } from '@/gql';
import type { Role, SessionViewer_ViewerFragment } from '@/gql/graphql';

export const sessionViewerFragment = graphql(`
  fragment SessionViewer_viewer on Viewer {
    user {
      id
      name
      email
    }
    membership {
      role
      workspace {
        id
        name
        timezone
        currency
        hoursPerDay
      }
      client {
        id
        name
      }
    }
    memberships {
      role
      workspace {
        id
        name
      }
      client {
        id
        name
      }
    }
  }
`);

export interface Session {
  viewer: SessionViewer_ViewerFragment;
  role: Role;
  workspace: SessionViewer_ViewerFragment['membership']['workspace'];
  /** The client a CLIENT_VIEWER is confined to; null for the other roles. */
  client: { id: string; name: string } | null;
  /** One "day" of the workspace, in minutes. */
  minutesPerDay: number;
}

const SessionContext = createContext<Session | null>(null);

export function toSession(viewer: SessionViewer_ViewerFragment): Session {
  const { membership } = viewer;
  return {
    viewer,
    role: membership.role,
    workspace: membership.workspace,
    client: membership.role === 'CLIENT_VIEWER' ? (membership.client ?? null) : null,
    minutesPerDay: minutesPerDay(membership.workspace.hoursPerDay),
  };
}

export function SessionProvider({ viewer, children }: { viewer: SessionViewer_ViewerFragment; children: ReactNode }) {
  const session = useMemo(() => toSession(viewer), [viewer]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() is only available inside the signed-in app');
  return session;
}

export const roleLabel: Record<Role, string> = {
  LEADER: 'Leader',
  CLIENT_VIEWER: 'Client viewer',
  ACCOUNTANT: 'Accountant',
};
