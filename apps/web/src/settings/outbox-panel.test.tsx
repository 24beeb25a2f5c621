import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render';
import { OutboxPanel } from './outbox-panel';
import { outboxQuery } from './outbox.query';

const message = (id: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'OutboxMessage',
  id,
  kind: 'INVITATION',
  recipient: `${id}@example.test`,
  subject: `Jane Doe invited you to Jane Doe Advisory on Allot (${id})`,
  html: `<!doctype html><html><body><h1>Join Jane Doe Advisory</h1><a href="http://localhost:3000/accept-invitation?token=t-${id}">Accept the invitation</a><script>parent.document.title = 'owned'</script></body></html>`,
  text: `Join Jane Doe Advisory on Allot\n\nAccept the invitation:\nhttp://localhost:3000/accept-invitation?token=t-${id}\n`,
  status: 'NOT_SENT',
  attempts: 0,
  lastError: 'No SMTP server is configured (SMTP_URL): the message was kept here and not sent.',
  createdAt: '2026-12-04T10:00:00Z',
  sentAt: null,
  ...overrides,
});

const page = (nodes: unknown[], endCursor: string | null, hasNextPage: boolean) => ({
  outbox: {
    __typename: 'OutboxMessageConnection',
    nodes,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
  },
});

describe('OutboxPanel', () => {
  it('lists the e-mail with its status, and shows one as the recipient sees it: HTML in a sandboxed frame, and the text', async () => {
    renderApp(<OutboxPanel />, {
      mocks: [
        {
          request: { query: outboxQuery, variables: { first: 20 } },
          result: {
            data: page(
              [
                message('m-1'),
                message('m-2', {
                  status: 'SENT',
                  attempts: 1,
                  lastError: null,
                  sentAt: '2026-12-04T09:00:01Z',
                  createdAt: '2026-12-04T09:00:00Z',
                }),
                message('m-3', {
                  status: 'FAILED',
                  attempts: 1,
                  lastError: 'SMTP 550: No such mailbox here',
                  createdAt: '2026-12-04T08:00:00Z',
                }),
              ],
              'cursor-3',
              false,
            ),
          },
        },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Outbox' });
    const [, first, second, third] = within(table).getAllByRole('row');
    expect(within(first).getByText('m-1@example.test')).toBeTruthy();
    expect(within(first).getByText('Not sent: no SMTP configured')).toBeTruthy();
    expect(within(second).getByText('Sent')).toBeTruthy();
    expect(within(third).getByText('Failed')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show older e-mail' })).toBeNull();

    fireEvent.click(within(first).getByRole('button', { name: /Open the e-mail to m-1@example.test/ }));
    const dialog = await screen.findByRole('dialog', { name: /invited you to Jane Doe Advisory on Allot \(m-1\)/ });
    expect(within(dialog).getByText(/No SMTP server is configured/)).toBeTruthy();
    const frame = within(dialog).getByTitle('E-mail to m-1@example.test') as HTMLIFrameElement;
    expect(frame.tagName).toBe('IFRAME');
    // An empty sandbox: no scripts, no same origin, no navigation out of the frame.
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toContain('accept-invitation?token=t-m-1');
    expect(frame.hasAttribute('src')).toBe(false);

    fireEvent.click(within(dialog).getByRole('tab', { name: 'Text version' }));
    expect((await within(dialog).findByLabelText('Text of the e-mail')).textContent).toContain(
      'http://localhost:3000/accept-invitation?token=t-m-1',
    );
  });

  it('pages to older e-mail', async () => {
    renderApp(<OutboxPanel />, {
      mocks: [
        {
          request: { query: outboxQuery, variables: { first: 20 } },
          result: { data: page([message('m-1')], 'cursor-1', true) },
        },
        {
          request: { query: outboxQuery, variables: { first: 20, after: 'cursor-1' } },
          result: { data: page([message('m-0', { createdAt: '2026-12-01T10:00:00Z' })], 'cursor-0', false) },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Show older e-mail' }));
    expect(await screen.findByText('m-0@example.test')).toBeTruthy();
    expect(screen.getByText('m-1@example.test')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show older e-mail' })).toBeNull();
  });

  it('says when there is no e-mail yet', async () => {
    renderApp(<OutboxPanel />, {
      mocks: [{ request: { query: outboxQuery, variables: { first: 20 } }, result: { data: page([], null, false) } }],
    });
    expect(await screen.findByText(/No e-mail yet/)).toBeTruthy();
  });
});
