// The route table. Every page is its own chunk, so the sign-in page loads only what it needs;
// pages inside the signed-in app are gated by role (navigation hides what a role cannot open).
import type { ComponentType } from 'react';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import type { Role } from '@/gql/graphql';
import { BootScreen, RouteErrorBoundary } from './route-states';

type PageModule = Promise<Record<string, unknown>>;

/** A lazily loaded page: `exportName` from the module, optionally limited to some roles. */
function page(load: () => PageModule, exportName: string, roles?: Role[]): RouteObject['lazy'] {
  return async () => {
    const [module, guard] = await Promise.all([load(), roles ? import('@/auth/require-role') : null]);
    const Page = module[exportName] as ComponentType;
    if (!guard || !roles) return { Component: Page };
    const { RequireRole } = guard;
    return {
      Component: () => (
        <RequireRole roles={roles}>
          <Page />
        </RequireRole>
      ),
    };
  };
}

const LEADER: Role[] = ['LEADER'];

export const routes: RouteObject[] = [
  {
    id: 'root',
    Component: Outlet,
    HydrateFallback: BootScreen,
    ErrorBoundary: RouteErrorBoundary,
    children: [
      { path: 'sign-in', lazy: page(() => import('@/auth/sign-in-page'), 'SignInPage') },
      { path: 'sign-up', lazy: page(() => import('@/auth/sign-up-page'), 'SignUpPage') },
      { path: 'accept-invitation', lazy: page(() => import('@/auth/accept-invitation-page'), 'AcceptInvitationPage') },
      {
        path: '/',
        lazy: page(() => import('@/app/signed-in-layout'), 'SignedInLayout'),
        children: [
          { index: true, lazy: page(() => import('@/app/home-page'), 'HomePage') },
          { path: 'clients', lazy: page(() => import('@/clients/clients-page'), 'ClientsPage', LEADER) },
          { path: 'clients/new', lazy: page(() => import('@/clients/create-client-page'), 'CreateClientPage', LEADER) },
          { path: 'clients/:clientId', lazy: page(() => import('@/clients/client-page'), 'ClientPage', LEADER) },
          { path: 'invoices', lazy: page(() => import('@/invoices/invoices-page'), 'InvoicesPage') },
          { path: 'invoices/:invoiceId', lazy: page(() => import('@/invoices/invoice-page'), 'InvoicePage') },
          { path: 'settings', lazy: page(() => import('@/settings/settings-page'), 'SettingsPage', LEADER) },
          { path: '*', lazy: page(() => import('./not-found-page'), 'NotFoundPage') },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
