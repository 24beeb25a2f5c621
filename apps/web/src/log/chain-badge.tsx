// The log's integrity: the server's verification as a badge, and a button that re-checks every
// hash in this browser, so a client need not take the server's word for it.
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Loader, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '@/shared/errors';
import { verifyClientLog, type ApiChainEntry, type ChainResult } from './chain-verification';
import { logChainQuery } from './log-chain.query';
import { verifyAccountabilityLogQuery } from './verify-accountability-log.query';

export function ChainBadge({ clientId }: { clientId: string }) {
  const client = useApolloClient();
  const { data, loading, error } = useQuery(verifyAccountabilityLogQuery, { variables: { clientId } });
  const [local, setLocal] = useState<ChainResult | { error: string } | null>(null);
  const [checking, setChecking] = useState(false);

  // Not through the cache: its accountabilityLog policy appends a page fetched with `after` to
  // the ones before, so page 2 came back with page 1 in front of it and a log of more than 200
  // entries "broke" at #51. What is verified must be exactly what the server sent.
  const fetchPage = (after: string | null) =>
    client.query({ query: logChainQuery, variables: { clientId, first: 200, after }, fetchPolicy: 'no-cache' });

  const checkHere = async () => {
    setChecking(true);
    setLocal(null);
    try {
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
      setLocal(verifyClientLog(clientId, entries));
    } catch (e) {
      setLocal({ error: errorMessage(e) });
    } finally {
      setChecking(false);
    }
  };

  let badge;
  if (loading && !data) badge = <Loader size="xs" aria-label="Verifying the log" />;
  else if (!data)
    badge = (
      <Badge color="gray" variant="light" title={errorMessage(error)}>
        Verification unavailable
      </Badge>
    );
  else if (data.verifyAccountabilityLog.ok)
    badge = (
      <Tooltip
        multiline
        w={280}
        events={{ hover: true, focus: true, touch: true }}
        style={{ overflowWrap: 'anywhere' }}
        label={`Every entry's hash covers its content and the previous entry's hash, so no entry can be changed or removed without this check failing. Latest hash: ${data.verifyAccountabilityLog.headHash ?? '—'}`}
      >
        <Badge color="teal" variant="light" tabIndex={0}>
          ✓ Chain verified · {data.verifyAccountabilityLog.entryCount} entries
        </Badge>
      </Tooltip>
    );
  else
    badge = (
      <Badge color="red" variant="light">
        Chain broken at #{data.verifyAccountabilityLog.firstBrokenSeq}
      </Badge>
    );

  return (
    <Group gap="xs" wrap="wrap">
      {badge}
      <Button size="compact-xs" variant="subtle" onClick={() => void checkHere()} loading={checking}>
        Verify in this browser
      </Button>
      {local && (
        <Text size="xs" role="status" c={'error' in local || !local.ok ? 'red.9' : 'teal.9'}>
          {'error' in local
            ? `Could not check: ${local.error}`
            : local.ok
              ? `Checked here: all ${local.entryCount} hashes match.`
              : `Checked here: broken at #${local.firstBrokenSeq}, ${local.reason}.`}
        </Text>
      )}
    </Group>
  );
}
