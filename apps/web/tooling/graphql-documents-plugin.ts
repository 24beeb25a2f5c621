// Build-time replacement for the client preset's runtime `graphql()` lookup: each
// graphql(`…`) call becomes the generated DocumentNode literal, inlined into the calling module.
// The preset's runtime map holds every operation of the app, so without this each route would
// download all documents; with it, a route's chunk carries only its own. Type-checking still goes
// through src/gql/gql.ts; tests and builds run the same substitution.
import { readFileSync, statSync } from 'node:fs';
import type { Plugin } from 'vite';

interface DocumentTable {
  mtimeMs: number;
  bySource: Map<string, string>;
}

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const IMPORT = /import\s*\{\s*graphql\s*\}\s*from\s*['"]@\/gql['"];?\n?/;

function loadTable(gqlDir: string): DocumentTable {
  const gqlFile = `${gqlDir}/gql.ts`;
  const typesFile = `${gqlDir}/graphql.ts`;
  const mtimeMs = Math.max(statSync(gqlFile).mtimeMs, statSync(typesFile).mtimeMs);
  const literals = new Map<string, string>();
  for (const line of readFileSync(typesFile, 'utf8').split('\n')) {
    const m = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/.exec(line);
    if (m?.[1] && m[2]) literals.set(m[1], m[2]);
  }
  const bySource = new Map<string, string>();
  const gql = readFileSync(gqlFile, 'utf8');
  const body = gql.slice(gql.indexOf('const documents'));
  for (const m of body.matchAll(/^\s+("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
    const literal = m[2] ? literals.get(m[2]) : undefined;
    if (m[1] && literal) bySource.set(JSON.parse(m[1]) as string, literal);
  }
  return { mtimeMs, bySource };
}

export function graphqlDocumentsPlugin(gqlDir: string): Plugin {
  let table: DocumentTable | null = null;
  const current = (): DocumentTable => {
    const mtimeMs = Math.max(statSync(`${gqlDir}/gql.ts`).mtimeMs, statSync(`${gqlDir}/graphql.ts`).mtimeMs);
    if (!table || table.mtimeMs !== mtimeMs) table = loadTable(gqlDir);
    return table;
  };
  return {
    name: 'allot:graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(`')) return null;
      const { bySource } = current();
      let missing: string | null = null;
      const replaced = code.replace(CALL, (call, source: string) => {
        const literal = bySource.get(source);
        if (!literal) {
          missing ??= source.trim().split('\n')[0] ?? source;
          return call;
        }
        return `(${literal})`;
      });
      if (missing) this.error(`GraphQL document not generated yet (run npm run codegen): ${missing}`);
      return { code: replaced.replace(IMPORT, ''), map: null };
    },
  };
}
