// Verifying a client's accountability log in the browser, exactly as the product defines the
// chain: hash = sha256_hex(prevHash + "\n" + canonicalJson(entry)), the first prevHash 64 zeros,
// canonicalJson = JSON.stringify of authorId, body, clientId, dueDate, kind, occurredAt, owner,
// refersToId, seq, title in that order (absent values null, occurredAt as UTC ISO with ms).

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainEntry {
  seq: number;
  kind: string;
  title: string;
  body: string;
  owner?: string | null;
  dueDate?: string | null;
  occurredAt: string;
  prevHash: string;
  hash: string;
  author?: { id: string } | null;
  refersTo?: { id: string } | null;
}

export type ChainResult =
  | { ok: true; entryCount: number; headHash: string | null }
  | { ok: false; entryCount: number; firstBrokenSeq: number; reason: string };

export function canonicalJson(clientId: string, e: ChainEntry): string {
  return JSON.stringify({
    authorId: e.author?.id ?? null,
    body: e.body,
    clientId,
    dueDate: e.dueDate ? e.dueDate.slice(0, 10) : null,
    kind: e.kind,
    occurredAt: new Date(e.occurredAt).toISOString(),
    owner: e.owner ?? null,
    refersToId: e.refersTo?.id ?? null,
    seq: e.seq,
    title: e.title,
  });
}

export type Sha256Hex = (text: string) => Promise<string>;

export const webSha256Hex: Sha256Hex = async (text) => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
};

export async function verifyChain(
  clientId: string,
  entries: ChainEntry[],
  sha256Hex: Sha256Hex = webSha256Hex,
): Promise<ChainResult> {
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  let prev = GENESIS_HASH;
  for (const [index, entry] of sorted.entries()) {
    const broken = (reason: string): ChainResult => ({
      ok: false,
      entryCount: sorted.length,
      firstBrokenSeq: entry.seq,
      reason,
    });
    if (entry.seq !== index + 1) return broken(`entry ${index + 1} is missing`);
    if (entry.prevHash !== prev) return broken('it does not point at the entry before it');
    const expected = await sha256Hex(`${prev}\n${canonicalJson(clientId, entry)}`);
    if (expected !== entry.hash) return broken('its content does not match its hash');
    prev = entry.hash;
  }
  return { ok: true, entryCount: sorted.length, headHash: sorted.length ? prev : null };
}
