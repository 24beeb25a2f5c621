// @vitest-environment node
// The committed src/gql/ must be what `npm run codegen` would write from today's schema files and
// documents: a stale copy would type-check pages against operations that no longer exist.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen';

describe('generated GraphQL types', () => {
  it('are up to date (run `npm run codegen -w @allot/web` if not)', async () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const outputs = await generate({ ...config, cwd: root, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = readFileSync(new URL(`../${output.filename}`, import.meta.url), 'utf8');
      expect(committed, `${output.filename} is stale`).toBe(output.content);
    }
  }, 60_000);
});
