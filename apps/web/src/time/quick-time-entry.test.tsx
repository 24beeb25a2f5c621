import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { graphQLError, renderApp } from '@/test/render';
import { logTimeMutation } from './log-time.mutation';
import { quickEntryOptionsQuery } from './quick-entry-options.query';
import { QuickTimeEntry } from './quick-time-entry';

const retainer = (id: string, title: string, startMonth = '2026-01', endMonth: string | null = null) => ({
  __typename: 'Retainer' as const,
  id,
  title,
  role: 'CTO' as const,
  startMonth,
  endMonth,
});

const options = {
  request: { query: quickEntryOptionsQuery },
  result: {
    data: {
      clients: [
        {
          __typename: 'Client',
          id: 'c-1',
          name: 'Northwind Robotics',
          archived: false,
          retainers: [retainer('r-1', 'Fractional CTO')],
        },
        {
          __typename: 'Client',
          id: 'c-2',
          name: 'Acme',
          archived: false,
          retainers: [retainer('r-2', 'Fractional CTO'), retainer('r-3', 'Chief AI Officer', '2026-03')],
        },
        { __typename: 'Client', id: 'c-3', name: 'Gone Ltd', archived: true, retainers: [retainer('r-4', 'Advisor')] },
      ],
    },
  },
};

const entry = (minutes: number) => ({
  __typename: 'TimeEntry',
  id: 't-1',
  date: '2026-04-15',
  minutes,
  category: 'ADVISORY',
  description: 'Architecture review',
  billable: true,
  locked: false,
  retainer: {
    __typename: 'Retainer',
    id: 'r-1',
    title: 'Fractional CTO',
    client: { __typename: 'Client', id: 'c-1', name: 'Northwind Robotics' },
  },
});

describe('QuickTimeEntry', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-04-15T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('logs a typed duration as minutes against the client’s only retainer, dated today', async () => {
    const done = vi.fn();
    renderApp(<QuickTimeEntry onDone={done} />, {
      mocks: [
        options,
        {
          request: {
            query: logTimeMutation,
            variables: {
              input: {
                retainerId: 'r-1',
                date: '2026-04-15',
                minutes: 90,
                category: 'ADVISORY',
                description: 'Architecture review',
                billable: true,
              },
            },
          },
          result: { data: { logTime: entry(90) } },
        },
      ],
    });
    const client = await screen.findByLabelText(/^Client/);
    expect(screen.queryByRole('option', { name: 'Gone Ltd' })).toBeNull();
    fireEvent.change(client, { target: { value: 'c-1' } });
    expect((screen.getByLabelText(/^Date/) as HTMLInputElement).value).toBe('2026-04-15');
    expect(screen.getByText('Retainer: Fractional CTO')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Duration/), { target: { value: '1h30m' } });
    expect(screen.getByText('= 1 h 30 min (0.19 d)')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Note/), { target: { value: ' Architecture review ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log time' }));
    await waitFor(() => expect(done).toHaveBeenCalled());
  });

  it('reads a day as the workspace’s hours per day', async () => {
    renderApp(<QuickTimeEntry onDone={() => {}} initialClientId="c-1" />, { mocks: [options] });
    fireEvent.change(await screen.findByLabelText(/^Duration/), { target: { value: '0.5d' } });
    expect(screen.getByText('= 4 h (0.5 d)')).toBeTruthy();
  });

  it('rejects a duration it cannot read, at the field, without calling the API', async () => {
    renderApp(<QuickTimeEntry onDone={() => {}} initialClientId="c-1" />, { mocks: [options] });
    fireEvent.change(await screen.findByLabelText(/^Duration/), { target: { value: 'soon' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log time' }));
    expect(await screen.findByText(/"soon" is not a duration/)).toBeTruthy();
    expect(screen.getByLabelText(/^Duration/).getAttribute('aria-invalid')).toBe('true');
  });

  it('asks which retainer when the client has several active that month', async () => {
    renderApp(<QuickTimeEntry onDone={() => {}} initialClientId="c-2" />, { mocks: [options] });
    fireEvent.change(await screen.findByLabelText(/^Duration/), { target: { value: '2h' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log time' }));
    expect(await screen.findByText('Choose the retainer')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Date/), { target: { value: '2026-02-10' } });
    expect(screen.queryByLabelText(/^Retainer/)).toBeNull();
  });

  it('shows a locked month (CONFLICT) as a form error', async () => {
    renderApp(<QuickTimeEntry onDone={() => {}} initialClientId="c-1" />, {
      mocks: [
        options,
        {
          request: {
            query: logTimeMutation,
            variables: {
              input: {
                retainerId: 'r-1',
                date: '2026-03-02',
                minutes: 60,
                category: 'ADVISORY',
                description: '',
                billable: true,
              },
            },
          },
          result: { errors: [graphQLError('March 2026 is invoiced and locked', 'CONFLICT')] },
        },
      ],
    });
    fireEvent.change(await screen.findByLabelText(/^Date/), { target: { value: '2026-03-02' } });
    fireEvent.change(screen.getByLabelText(/^Duration/), { target: { value: '60m' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log time' }));
    expect((await screen.findByRole('alert')).textContent).toContain('March 2026 is invoiced and locked');
  });
});
