// `npm run schema -w @allot/api`: regenerates apps/api/schema.gql, the committed schema that the
// web app's types are generated from.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RESOLVERS } from '../app.module.js';
import { buildSchemaSdl } from '../graphql/print-schema.js';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const target = path.join(apiRoot, 'schema.gql');
writeFileSync(target, await buildSchemaSdl(RESOLVERS));
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
