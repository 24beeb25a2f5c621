import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, hashLogEntry } from '@allot/domain';
import { renderApp } from '@/test/render';
import { ChainBadge } from './chain-badge';
import { logChainQuery } from './log-chain.query';
import { verifyAccountabilityLogQuery } from './verify-accountability-log.query';

/** A valid chain of `count` entries for client c-1, newest first as the API pages it. */
function chain(count: number) {
  const entries = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const fields = { seq, kind: 'NOTE', title: `Entry ${seq}`, body: '', owner: null, dueDate: null, occurredAt: '2026-04-01T09:00:00.000Z' };
    const hash = hashLogEntry(prevHash, { ...fields, clientId: 'c-1', authorId: null, refersToId: null });
    entries.push({ __typename: 'LogEntry', id: `e-${seq}`, ...fields, prevHash, hash, author: null, refersTo: null });
    prevHash = hash;
  }
  return entries.reverse();
}

function page(nodes: ReturnType<typeof chain>, after: string | null, next: string | null) {
  return {
    request: { query: logChainQuery, variables: { clientId: 'c-1', first: 200, after } },
    result: {
      data: {
        accountabilityLog: {
          __typename: 'LogEntryConnection',
          nodes,
          pageInfo: { __typename: 'PageInfo', hasNextPage: next !== null, endCursor: next ?? 'end' },
        },
      },
    },
  };
}

describe('ChainBadge', () => {
  it('checks a log longer than one page in this browser', async () => {
    const entries = chain(250);
    renderApp(<ChainBadge clientId="c-1" />, {
      mocks: [
        {
          request: { query: verifyAccountabilityLogQuery, variables: { clientId: 'c-1' } },
          result: {
            data: {
              verifyAccountabilityLog: { __typename: 'LogVerification', ok: true, entryCount: 250, headHash: entries[0]!.hash, firstBrokenSeq: null },
            },
          },
        },
        page(entries.slice(0, 200), null, 'p1'),
        page(entries.slice(200), 'p1', null),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Verify in this browser' }));
    expect((await screen.findByRole('status')).textContent).toBe('Checked here: all 250 hashes match.');
  });
});
