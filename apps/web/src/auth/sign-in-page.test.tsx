import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphQLError, makeViewer, renderApp } from '@/test/render';
import { logInMutation } from './log-in.mutation';
import { SignInPage } from './sign-in-page';

function fill(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(/E-mail/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/Password/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  it('labels its fields and says what is missing before calling the API', async () => {
    renderApp(<SignInPage />, { viewer: null, path: '/sign-in' });
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    fill('not-an-email', '');
    expect(await screen.findByText('Enter the e-mail address you signed up with')).toBeTruthy();
    expect(screen.getByText('Enter your password')).toBeTruthy();
  });

  it('shows a wrong password as an alert', async () => {
    renderApp(<SignInPage />, {
      viewer: null,
      path: '/sign-in',
      mocks: [
        {
          request: { query: logInMutation, variables: { email: 'jane@example.test', password: 'wrong-password' } },
          result: { errors: [graphQLError('Invalid credentials', 'UNAUTHENTICATED')] },
        },
      ],
    });
    fill('jane@example.test', 'wrong-password');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The e-mail or password is not right.');
  });

  it('shows other errors (a throttled login) with the API message', async () => {
    renderApp(<SignInPage />, {
      viewer: null,
      path: '/sign-in',
      mocks: [
        {
          request: { query: logInMutation, variables: { email: 'jane@example.test', password: 'x' } },
          result: { errors: [graphQLError('Too many attempts; try again in a minute', 'FORBIDDEN')] },
        },
      ],
    });
    fill('jane@example.test', 'x');
    expect((await screen.findByRole('alert')).textContent).toContain('Too many attempts');
  });

  it('shows the API’s field errors at the field', async () => {
    renderApp(<SignInPage />, {
      viewer: null,
      path: '/sign-in',
      mocks: [
        {
          request: { query: logInMutation, variables: { email: 'jane@example.test', password: 'x' } },
          result: { errors: [graphQLError('Enter your password.', 'BAD_USER_INPUT', 'password')] },
        },
      ],
    });
    fill('jane@example.test', 'x');
    expect(await screen.findByText('Enter your password.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('goes to the page it was sent from after signing in', async () => {
    const { router } = renderApp(<SignInPage />, {
      viewer: null,
      path: '/sign-in?next=%2Fclients%2Fc-9',
      route: '/sign-in',
      otherRoutes: [{ path: '/clients/:id', element: <div>Client page</div> }],
      mocks: [
        {
          request: { query: logInMutation, variables: { email: 'jane@example.test', password: 'demo-password-2026' } },
          result: {
            data: {
              logIn: { __typename: 'AuthPayload', expiresAt: '2026-05-01T00:00:00Z', viewer: makeViewer('LEADER') },
            },
          },
        },
      ],
    });
    fill(' jane@example.test ', 'demo-password-2026');
    await screen.findByText('Client page');
    expect(router.state.location.pathname).toBe('/clients/c-9');
  });

  it('never follows a next address outside the app', async () => {
    const { router } = renderApp(<SignInPage />, {
      viewer: null,
      path: '/sign-in?next=%2F%2Fevil.example',
      route: '/sign-in',
      otherRoutes: [{ path: '/', element: <div>Home</div> }],
      mocks: [
        {
          request: { query: logInMutation, variables: { email: 'jane@example.test', password: 'pw' } },
          result: {
            data: { logIn: { __typename: 'AuthPayload', expiresAt: '2026-05-01T00:00:00Z', viewer: makeViewer() } },
          },
        },
      ],
    });
    fill('jane@example.test', 'pw');
    await screen.findByText('Home');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});
