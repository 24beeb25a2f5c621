// The log's integrity as this browser can know it. The browser fetches the whole chain and
// re-checks every hash itself, so a client need not take the server's word that the entries link;
// and it compares the chain with the head it verified on an earlier visit, because a chain that
// links proves nothing about history a server rewrote and re-hashed. The server's own check only
// says when to look again (mutations refetch it) and is shown when it reports a break.
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Loader, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useSession } from '@/auth/session-context';
import { errorMessage } from '@/shared/errors';
import { dateTimeFormat } from '@/shared/intl-cache';
import {
  browserChainStorage,
  chainMemoryKey,
  compareWithRemembered,
  nextRememberedHead,
  readRememberedHead,
  writeRememberedHead,
  type HeadComparison,
  type RememberedHead,
} from './chain-memory';
import { verifyClientLog, type ApiChainEntry } from './chain-verification';
import { logChainQuery } from './log-chain.query';
import { verifyAccountabilityLogQuery } from './verify-accountability-log.query';

const PAGE = 200;

type Check =
  | { state: 'error'; message: string }
  | { state: 'broken'; firstBrokenSeq: number; reason: string }
  | { state: 'verified'; entryCount: number; headHash: string | null; comparison: HeadComparison; stored: boolean };

type Differs = Extract<HeadComparison, { kind: 'differs' | 'shorter' }>;

export function ChainBadge({ clientId }: { clientId: string }) {
  const client = useApolloClient();
  const { viewer, workspace } = useSession();
  const memoryKey = chainMemoryKey({ userId: viewer.user.id, workspaceId: workspace.id, clientId });
  const server = useQuery(verifyAccountabilityLogQuery, { variables: { clientId } });
  const serverResult = server.data?.verifyAccountabilityLog;
  // Changes when the log does, since every mutation that appends refetches this query by name.
  const logVersion = serverResult
    ? `${serverResult.entryCount}:${serverResult.headHash}`
    : server.error
      ? 'unknown'
      : null;
  const [check, setCheck] = useState<Check | null>(null);
  const [checking, setChecking] = useState(false);
  const [again, setAgain] = useState(0);
  const [explaining, setExplaining] = useState(false);

  useEffect(() => {
    if (logVersion === null) return;
    let cancelled = false;
    setChecking(true);
    // Not through the cache: its accountabilityLog policy appends a page fetched with `after` to
    // the ones before, so page 2 would come back with page 1 in front of it. What is verified
    // must be exactly what the server sent.
    const fetchPage = (after: string | null) =>
      client.query({ query: logChainQuery, variables: { clientId, first: PAGE, after }, fetchPolicy: 'no-cache' });
    const run = async (): Promise<Check> => {
      const entries: ApiChainEntry[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Awaited<ReturnType<typeof fetchPage>> = await fetchPage(after);
        if (!page.data) throw new Error('The log could not be read');
        entries.push(...page.data.accountabilityLog.nodes);
        const info = page.data.accountabilityLog.pageInfo;
        if (!info.hasNextPage || !info.endCursor) break;
        after = info.endCursor;
      }
      if (cancelled) throw new Error('superseded');
      const result = verifyClientLog(clientId, entries);
      // A chain that does not link is not compared with, nor remembered: there is no head to trust.
      if (!result.ok) return { state: 'broken', firstBrokenSeq: result.firstBrokenSeq, reason: result.reason };
      const storage = browserChainStorage();
      const hashes = new Map(entries.map((e) => [e.seq, e.hash]));
      const comparison = compareWithRemembered(readRememberedHead(storage, memoryKey), {
        entryCount: result.entryCount,
        hashAt: (seq) => hashes.get(seq),
      });
      const next = nextRememberedHead(comparison, result, new Date());
      const stored = next ? writeRememberedHead(storage, memoryKey, next) : comparison.kind !== 'first';
      return { state: 'verified', entryCount: result.entryCount, headHash: result.headHash, comparison, stored };
    };
    run()
      .then((result) => {
        if (!cancelled) setCheck(result);
      })
      .catch((e: unknown) => {
        if (!cancelled) setCheck({ state: 'error', message: errorMessage(e) });
      })
      .finally(() => {
        if (!cancelled) setChecking(false);
      });
    return () => {
      cancelled = true;
    };
  }, [client, clientId, memoryKey, logVersion, again]);

  /** The user's choice, after the explanation: compare with the log as it is now from here on. */
  const acceptCurrent = () => {
    if (check?.state !== 'verified') return;
    const storage = browserChainStorage();
    const head = nextRememberedHead({ kind: 'first' }, check, new Date());
    const stored = writeRememberedHead(storage, memoryKey, head);
    setCheck({ ...check, comparison: head && stored ? { kind: 'same', remembered: head } : { kind: 'first' }, stored });
    setExplaining(false);
  };

  const comparison = check?.state === 'verified' ? check.comparison : null;
  const differs = comparison?.kind === 'differs' || comparison?.kind === 'shorter' ? comparison : null;

  let badge;
  if (!check) badge = <Loader size="xs" aria-label="Verifying the log in this browser" />;
  else if (check.state === 'error')
    badge = (
      <Badge color="gray" variant="light" title={check.message}>
        Not verified
      </Badge>
    );
  else if (check.state === 'broken')
    badge = (
      <Badge color="red" variant="light">
        Chain broken at #{check.firstBrokenSeq}
      </Badge>
    );
  else if (check.entryCount === 0 && !differs)
    badge = (
      <Badge color="gray" variant="light">
        No entries yet
      </Badge>
    );
  else if (differs)
    badge = (
      <Badge color="orange" variant="light">
        ⚠ Log history changed
      </Badge>
    );
  else
    badge = (
      <Tooltip
        multiline
        w={300}
        events={{ hover: true, focus: true, touch: true }}
        style={{ overflowWrap: 'anywhere' }}
        label={`${verifiedText(check.entryCount, check.comparison, check.stored)} Latest hash: ${check.headHash ?? '—'}`}
      >
        <Badge color="teal" variant="light" tabIndex={0}>
          ✓ Verified in this browser · {check.entryCount} {check.entryCount === 1 ? 'entry' : 'entries'}
        </Badge>
      </Tooltip>
    );

  return (
    <Group gap="xs" wrap="wrap">
      {badge}
      <Button
        size="compact-xs"
        variant="subtle"
        onClick={() => setAgain((n) => n + 1)}
        loading={checking}
        disabled={logVersion === null}
      >
        Check again
      </Button>
      {check?.state === 'error' && (
        <Text size="xs" role="status" c="red.9">
          Could not check in this browser: {check.message}
        </Text>
      )}
      {check?.state === 'broken' && (
        <Text size="xs" role="status" c="red.9">
          Checked in this browser: broken at #{check.firstBrokenSeq}, {check.reason}.
        </Text>
      )}
      {differs && (
        <>
          <Text size="xs" role="status" c="orange.9">
            {differsText(differs)}
          </Text>
          <Button size="compact-xs" variant="light" color="orange" onClick={() => setExplaining(true)}>
            What does this mean?
          </Button>
        </>
      )}
      {serverResult && !serverResult.ok && check?.state !== 'broken' && (
        <Text size="xs" c="red.9">
          The server’s own check reports a break at #{serverResult.firstBrokenSeq}.
        </Text>
      )}
      <Modal
        opened={explaining && differs !== null}
        onClose={() => setExplaining(false)}
        title="The log’s history changed"
      >
        {differs && check?.state === 'verified' && (
          <Stack gap="sm">
            <Text size="sm">{differsDetail(differs, check.entryCount)}</Text>
            <Text size="sm">
              In normal use entries are only ever added to the log, so this means its history was rewritten, or restored
              from an older copy. Find out why before you accept it.
            </Text>
            <Text size="sm">
              Accepting makes the log as it is now ({range(check.entryCount)}) what this browser compares with from here
              on. The warning goes away, and this change will not be shown again.
            </Text>
            <Group justify="flex-end" gap="xs">
              <Button variant="default" data-autofocus onClick={() => setExplaining(false)}>
                Keep the warning
              </Button>
              <Button color="orange" onClick={acceptCurrent}>
                Accept the log as it is now
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Group>
  );
}

const match = (count: number) => (count === 1 ? 'matches' : 'match');

function range(count: number): string {
  if (count === 0) return 'no entries';
  return count === 1 ? 'entry 1' : `entries 1–${count}`;
}

/** The day the browser saw a head, in the browser's own time zone: it is the browser that saw it. */
function day(head: RememberedHead): string {
  return dateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(head.seenAt));
}

function moment(head: RememberedHead): string {
  return dateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(head.seenAt));
}

/** Exactly what was checked, and what could not be. */
function verifiedText(entryCount: number, comparison: HeadComparison, stored: boolean): string {
  const linked =
    entryCount === 1
      ? 'Chain verified in this browser: entry 1 matches its SHA-256 hash'
      : `Chain verified in this browser: ${range(entryCount)} link by SHA-256`;
  const before = 'Changes made before this browser first checked would not show.';
  if (comparison.kind === 'same')
    return `${linked} and ${match(entryCount)} what this browser saw on ${day(comparison.remembered)}. ${before}`;
  if (comparison.kind === 'extends') {
    const seen = comparison.remembered.seq;
    return `${linked}, and ${range(seen)} ${match(seen)} what this browser saw on ${day(comparison.remembered)}. ${before}`;
  }
  if (!stored)
    return `${linked}. This browser cannot store what it saw, so it cannot tell whether earlier entries change later.`;
  return `${linked}. This is this browser’s first check, so there is nothing earlier to compare with; from now on it will notice if any of ${range(entryCount)} is changed or removed.`;
}

function differsText(d: Differs): string {
  if (d.kind === 'differs')
    return `Entry ${d.remembered.seq} differs from what this browser verified on ${day(d.remembered)}.`;
  const saw = d.remembered.seq === 1 ? '1 entry' : `${d.remembered.seq} entries`;
  if (d.endsAt === 0) return `The log is now empty; this browser saw ${saw} on ${day(d.remembered)}.`;
  return `The log now ends at entry ${d.endsAt}; this browser saw ${saw} on ${day(d.remembered)}.`;
}

function differsDetail(d: Differs, entryCount: number): string {
  const saw = `On ${moment(d.remembered)} this browser verified ${range(d.remembered.seq)}, the last with hash ${d.remembered.hash}.`;
  if (d.kind === 'differs')
    return (
      `${saw} Entry ${d.remembered.seq} now has hash ${d.hashNow}, so at least one of ${range(d.remembered.seq)} is not ` +
      'what it was. The log still links by SHA-256 as it is now: its hashes were computed again after the change, which ' +
      'only a comparison with what this browser saw can show.'
    );
  const gone =
    d.endsAt + 1 === d.remembered.seq
      ? `entry ${d.remembered.seq} is`
      : `entries ${d.endsAt + 1}–${d.remembered.seq} are`;
  return `${saw} The log now has ${range(entryCount)}, so at least ${gone} gone, and earlier ones may have changed too.`;
}
