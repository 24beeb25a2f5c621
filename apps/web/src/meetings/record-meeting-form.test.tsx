import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MeetingCard_MeetingFragment } from '@/gql/graphql';
import { renderApp } from '@/test/render';
import { RecordMeetingForm } from './record-meeting-form';
import { recordMeetingMutation } from './record-meeting.mutation';

const meeting: MeetingCard_MeetingFragment = {
  __typename: 'Meeting',
  id: 'm-1',
  kind: 'LEADERSHIP',
  title: 'Weekly leadership',
  startsAt: '2026-04-14T07:00:00.000Z',
  endsAt: '2026-04-14T08:30:00.000Z',
  status: 'SCHEDULED',
  attendees: ['CEO', 'CTO'],
  agenda: 'Roadmap',
  sharedNotes: '',
  privateNotes: null,
  timeEntry: null,
};

const retainers = [
  { id: 'r-1', title: 'Fractional CTO', startMonth: '2026-01', endMonth: null },
  { id: 'r-2', title: 'Chief AI Officer', startMonth: '2026-03', endMonth: null },
];

describe('RecordMeetingForm', () => {
  it('records notes, time, decisions and action items in one go', async () => {
    const done = vi.fn();
    renderApp(<RecordMeetingForm meeting={meeting} retainers={retainers} minutesPerDay={480} onDone={done} />, {
      mocks: [
        {
          request: {
            query: recordMeetingMutation,
            variables: {
              input: {
                meetingId: 'm-1',
                sharedNotes: 'We agreed the roadmap.',
                privateNotes: 'CEO worried about hiring',
                minutes: 90,
                retainerId: 'r-2',
                decisions: ['Move to Postgres', 'Hire a staff engineer'],
                actionItems: [{ title: 'Draft the migration plan', owner: 'CTO', dueDate: '2026-04-30' }],
              },
            },
          },
          result: { data: { recordMeeting: { ...meeting, status: 'HELD', sharedNotes: 'We agreed the roadmap.' } } },
        },
      ],
    });
    expect((screen.getByLabelText(/^Time to log/) as HTMLInputElement).value).toBe('1h30m');
    fireEvent.change(screen.getByLabelText(/^Shared notes/), { target: { value: 'We agreed the roadmap.' } });
    fireEvent.change(screen.getByLabelText(/^Private notes/), { target: { value: 'CEO worried about hiring' } });
    fireEvent.change(screen.getByLabelText('Decision 1'), { target: { value: 'Move to Postgres' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a decision' }));
    fireEvent.change(screen.getByLabelText('Decision 2'), { target: { value: 'Hire a staff engineer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add an action item' }));
    fireEvent.change(screen.getByLabelText('Action 1'), { target: { value: 'Draft the migration plan' } });
    fireEvent.change(screen.getByLabelText('Action 1 owner'), { target: { value: 'CTO' } });
    fireEvent.change(screen.getByLabelText('Action 1 due'), { target: { value: '2026-04-30' } });

    fireEvent.click(screen.getByRole('button', { name: 'Record meeting' }));
    expect(await screen.findByText('Choose which retainer the time counts against')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Retainer/), { target: { value: 'r-2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record meeting' }));
    await waitFor(() => expect(done).toHaveBeenCalled());
  });

  it('asks for an owner of an action item', async () => {
    renderApp(
      <RecordMeetingForm meeting={meeting} retainers={retainers.slice(0, 1)} minutesPerDay={480} onDone={() => {}} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add an action item' }));
    fireEvent.change(screen.getByLabelText('Action 1'), { target: { value: 'Draft the plan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record meeting' }));
    expect(await screen.findByText('Who owns it?')).toBeTruthy();
  });

  it('offers the retainers of the month the API will log the time in: the meeting’s date in the workspace’s zone', () => {
    // 23:30 UTC on 28 February is already 1 March in Amsterdam (the workspace's zone), whatever this browser's zone.
    const lateFebruary = { ...meeting, startsAt: '2026-02-28T23:30:00.000Z', endsAt: '2026-03-01T00:30:00.000Z' };
    renderApp(<RecordMeetingForm meeting={lateFebruary} retainers={retainers} minutesPerDay={480} onDone={() => {}} />);
    expect(screen.getByRole('combobox', { name: /Retainer/ })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Chief AI Officer' })).toBeTruthy();
  });
});
