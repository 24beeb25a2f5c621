// The committed schema is what the web app's types and outside integrations are built from:
// it must be current, it must be what the server serves, and it must contain the contract.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema, findBreakingChanges } from 'graphql';
import { RESOLVERS } from '../src/app.module.js';
import { buildSchemaSdl, printSortedSchema } from '../src/graphql/print-schema.js';
import { startTestApp } from './support/app.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const committedPath = path.resolve(here, '../schema.gql');
const contractPath = path.resolve(here, '../../../api/contract.graphql');

function pendingContractParts(): string[] {
  return readFileSync(path.join(here, 'contract-pending.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

describe('GraphQL schema', () => {
  it('is committed up to date (run `npm run schema -w @allot/api` after changing resolvers or types)', async () => {
    expect(readFileSync(committedPath, 'utf8')).toBe(await buildSchemaSdl(RESOLVERS));
  });

  it('is exactly what the running server serves', async () => {
    const app = await startTestApp();
    try {
      const served = printSortedSchema(app.app.get(GraphQLSchemaHost).schema);
      expect(served).toBe(readFileSync(committedPath, 'utf8'));
    } finally {
      await app.close();
    }
  });

  it('contains the public contract unchanged (adding is fine; only listed unimplemented parts may be missing)', () => {
    const contract = buildSchema(readFileSync(contractPath, 'utf8'));
    const ours = buildSchema(readFileSync(committedPath, 'utf8'));
    const pending = new Set(pendingContractParts());
    const breaking = findBreakingChanges(contract, ours)
      .filter((change) => !change.description.startsWith('Standard scalar'))
      .map((change) => ({ type: change.type, subject: change.description.replace(/ was removed.*$/, ''), description: change.description }));
    const unexpected = breaking.filter((change) => !((change.type === 'FIELD_REMOVED' || change.type === 'TYPE_REMOVED') && pending.has(change.subject)));
    expect(unexpected.map((change) => change.description)).toEqual([]);
    const stillMissing = new Set(breaking.map((change) => change.subject));
    const stale = [...pending].filter((subject) => !stillMissing.has(subject));
    expect(stale).toEqual([]);
  });
});
