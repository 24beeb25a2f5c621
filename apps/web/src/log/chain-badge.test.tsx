import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GENESIS_HASH, hashLogEntry } from '@allot/domain';
import type { SessionViewer_ViewerFragment } from '@/gql/graphql';
import { makeViewer, renderApp } from '@/test/render';
import { ChainBadge } from './chain-badge';
import { chainMemoryKey, parseRememberedHead, serialiseRememberedHead } from './chain-memory';
import { logChainQuery } from './log-chain.query';
import { verifyAccountabilityLogQuery } from './verify-accountability-log.query';

type Entry = ReturnType<typeof chain>[number];

/**
 * A chain that links, newest first as the API pages it. `titles` rewrites entries' titles: the
 * hashes are then computed again from that entry on, as a server rewriting history would.
 */
function chain(count: number, clientId = 'c-1', titles: Record<number, string> = {}) {
  const entries = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const fields = {
      seq,
      kind: 'NOTE',
      title: titles[seq] ?? `Entry ${seq}`,
      body: '',
      owner: null,
      dueDate: null,
      occurredAt: '2026-04-01T09:00:00.000Z',
    };
    const hash = hashLogEntry(prevHash, { ...fields, clientId, authorId: null, refersToId: null });
    entries.push({
      __typename: 'LogEntry' as const,
      id: `${clientId}-e-${seq}`,
      ...fields,
      prevHash,
      hash,
      author: null,
      refersTo: null,
    });
    prevHash = hash;
  }
  return entries.reverse();
}

const hashAt = (entries: Entry[], seq: number) => entries.find((e) => e.seq === seq)!.hash;

/** The server's verification and the chain in pages of 200, as the badge asks for them. */
function mocksFor(entries: Entry[], clientId = 'c-1') {
  const pages = [];
  for (let start = 0; start < Math.max(entries.length, 1); start += 200) {
    const nodes = entries.slice(start, start + 200);
    const hasNextPage = start + 200 < entries.length;
    pages.push({
      request: { query: logChainQuery, variables: { clientId, first: 200, after: start === 0 ? null : `p${start}` } },
      result: {
        data: {
          accountabilityLog: {
            __typename: 'LogEntryConnection',
            nodes,
            pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? `p${start + 200}` : null },
          },
        },
      },
    });
  }
  return [
    {
      request: { query: verifyAccountabilityLogQuery, variables: { clientId } },
      result: {
        data: {
          verifyAccountabilityLog: {
            __typename: 'LogVerification',
            ok: true,
            entryCount: entries.length,
            headHash: entries[0]?.hash ?? null,
            firstBrokenSeq: null,
          },
        },
      },
    },
    ...pages,
  ];
}

const keyFor = (clientId = 'c-1', userId = 'u-1') => chainMemoryKey({ userId, workspaceId: 'ws-1', clientId });
const remembered = (clientId = 'c-1', userId = 'u-1') =>
  parseRememberedHead(localStorage.getItem(keyFor(clientId, userId)));
const remember = (seq: number, hash: string, clientId = 'c-1') =>
  localStorage.setItem(keyFor(clientId), serialiseRememberedHead({ seq, hash, seenAt: '2026-12-03T12:00:00.000Z' }));

function show(entries: Entry[], clientId = 'c-1', viewer: SessionViewer_ViewerFragment = makeViewer()) {
  return renderApp(<ChainBadge clientId={clientId} />, { mocks: mocksFor(entries, clientId), viewer });
}

/** The verified badge's explanation, as a keyboard user reaches it. */
async function explanation(): Promise<string> {
  const badge = await screen.findByText(/Verified in this browser/);
  act(() => (badge.closest('[tabindex="0"]') as HTMLElement).focus());
  return (await screen.findByRole('tooltip')).textContent ?? '';
}

describe('ChainBadge: what this browser verified, compared with what it saw before', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-10T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    localStorage.clear();
  });

  it('on a first visit, says there is nothing to compare with and remembers the head', async () => {
    const entries = chain(3);
    show(entries);
    expect((await screen.findByText(/Verified in this browser/)).textContent).toBe(
      '✓ Verified in this browser · 3 entries',
    );
    const text = await explanation();
    expect(text).toContain('Chain verified in this browser: entries 1–3 link by SHA-256.');
    expect(text).toContain('first check, so there is nothing earlier to compare with');
    expect(text).not.toMatch(/cannot be changed|no entry can/i);
    expect(remembered()).toEqual({ seq: 3, hash: hashAt(entries, 3), seenAt: '2026-12-10T12:00:00.000Z' });
  });

  it('when the chain extends what it saw, says which entries match since when, and moves the head on', async () => {
    const entries = chain(5);
    remember(3, hashAt(entries, 3));
    show(entries);
    expect(await explanation()).toContain(
      'Chain verified in this browser: entries 1–5 link by SHA-256, and entries 1–3 match what this browser saw on 3 Dec 2026.',
    );
    expect(remembered()).toEqual({ seq: 5, hash: hashAt(entries, 5), seenAt: '2026-12-10T12:00:00.000Z' });
  });

  it('keeps the date it first saw an unchanged head', async () => {
    const entries = chain(3);
    remember(3, hashAt(entries, 3));
    show(entries);
    expect(await explanation()).toContain('entries 1–3 link by SHA-256 and match what this browser saw on 3 Dec 2026.');
    expect(remembered()?.seenAt).toBe('2026-12-03T12:00:00.000Z');
  });

  it('warns of a rewritten, re-hashed entry, keeps what it saw, and warns again on the next visit', async () => {
    const seen = chain(3);
    remember(3, hashAt(seen, 3));
    const rewritten = chain(5, 'c-1', { 2: 'Entry 2, reworded' });
    const view = show(rewritten);
    expect((await screen.findByText(/Log history changed/)).textContent).toBe('⚠ Log history changed');
    expect(screen.getByRole('status').textContent).toBe(
      'Entry 3 differs from what this browser verified on 3 Dec 2026.',
    );
    expect(screen.queryByText(/Verified in this browser/)).toBeNull();
    expect(remembered()).toEqual({ seq: 3, hash: hashAt(seen, 3), seenAt: '2026-12-03T12:00:00.000Z' });

    fireEvent.click(screen.getByRole('button', { name: 'What does this mean?' }));
    const dialog = await screen.findByRole('dialog', { name: 'The log’s history changed' });
    expect(dialog.textContent).toContain(`Entry 3 now has hash ${hashAt(rewritten, 3)}`);
    expect(dialog.textContent).toContain('at least one of entries 1–3 is not what it was');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep the warning' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(remembered()?.hash).toBe(hashAt(seen, 3));

    view.unmount();
    show(rewritten);
    expect((await screen.findByRole('status')).textContent).toBe(
      'Entry 3 differs from what this browser verified on 3 Dec 2026.',
    );
    expect(remembered()?.hash).toBe(hashAt(seen, 3));
  });

  it('takes the log as it is now as the baseline only when the user accepts it', async () => {
    remember(3, hashAt(chain(3), 3));
    const rewritten = chain(5, 'c-1', { 2: 'Entry 2, reworded' });
    show(rewritten);
    fireEvent.click(await screen.findByRole('button', { name: 'What does this mean?' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('this change will not be shown again');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Accept the log as it is now' }));
    expect(await explanation()).toContain(
      'entries 1–5 link by SHA-256 and match what this browser saw on 10 Dec 2026.',
    );
    expect(screen.queryByText(/Log history changed/)).toBeNull();
    expect(remembered()).toEqual({ seq: 5, hash: hashAt(rewritten, 5), seenAt: '2026-12-10T12:00:00.000Z' });
  });

  it('warns of a log cut short, and keeps what it saw', async () => {
    const seen = chain(5);
    remember(5, hashAt(seen, 5));
    show(seen.slice(2)); // entries 1–3: the same chain, without its last two entries
    expect((await screen.findByRole('status')).textContent).toBe(
      'The log now ends at entry 3; this browser saw 5 entries on 3 Dec 2026.',
    );
    expect(screen.getByText('⚠ Log history changed')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'What does this mean?' }));
    expect((await screen.findByRole('dialog')).textContent).toContain('at least entries 4–5 are gone');
    expect(remembered()).toEqual({ seq: 5, hash: hashAt(seen, 5), seenAt: '2026-12-03T12:00:00.000Z' });
  });

  it('treats what it cannot read as a first visit', async () => {
    localStorage.setItem(keyFor(), '{"seq": 47, "hash": "not a hash"');
    const entries = chain(2);
    show(entries);
    expect(await explanation()).toContain('first check, so there is nothing earlier to compare with');
    expect(remembered()).toEqual({ seq: 2, hash: hashAt(entries, 2), seenAt: '2026-12-10T12:00:00.000Z' });
  });

  it('says so when the browser will not store what it saw', async () => {
    // As with cookies blocked: merely touching localStorage throws.
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    show(chain(2));
    expect(await explanation()).toContain(
      'This browser cannot store what it saw, so it cannot tell whether earlier entries change later.',
    );
  });

  it('keeps each client’s and each user’s memory apart', async () => {
    remember(3, hashAt(chain(3), 3)); // c-1, as u-1
    const other = chain(4, 'c-2');
    const view = show(other, 'c-2');
    expect(await explanation()).toContain('first check');
    expect(screen.queryByText(/Log history changed/)).toBeNull();
    expect(remembered('c-2')?.seq).toBe(4);
    expect(remembered('c-1')?.seq).toBe(3);
    view.unmount();

    // Another person on this browser, same workspace and client: their own first check.
    const colleague = makeViewer();
    const viewer = { ...colleague, user: { ...colleague.user, id: 'u-2' } };
    show(chain(5, 'c-1', { 1: 'Another history' }), 'c-1', viewer);
    expect(await explanation()).toContain('first check');
    expect(remembered('c-1', 'u-2')?.seq).toBe(5);
    expect(remembered('c-1', 'u-1')?.seq).toBe(3);
  });

  it('neither compares nor remembers a chain that does not link', async () => {
    const entries = chain(3).map((e) => (e.seq === 2 ? { ...e, title: 'Edited without re-hashing' } : e));
    remember(3, hashAt(chain(3), 3));
    show(entries);
    expect((await screen.findByRole('status')).textContent).toBe(
      'Checked in this browser: broken at #2, its content does not match its hash.',
    );
    expect(screen.getByText('Chain broken at #2')).toBeTruthy();
    expect(remembered()?.seenAt).toBe('2026-12-03T12:00:00.000Z');
  });

  it('claims nothing of an empty log, and remembers nothing of it', async () => {
    show([]);
    expect(await screen.findByText('No entries yet')).toBeTruthy();
    expect(screen.queryByText(/Verified in this browser/)).toBeNull();
    expect(localStorage.getItem(keyFor())).toBeNull();
  });

  it('checks a log longer than one page', async () => {
    const entries = chain(250);
    show(entries);
    expect((await screen.findByText(/Verified in this browser/)).textContent).toBe(
      '✓ Verified in this browser · 250 entries',
    );
    expect(remembered()?.seq).toBe(250);
  });
});
