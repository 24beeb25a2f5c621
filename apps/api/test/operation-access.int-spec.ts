// Which roles may call each query and mutation, snapshotted in operation-access.json so that any
// change of access shows up in review. Regenerate with UPDATE_ACCESS_SNAPSHOT=true after a
// deliberate change.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { RESOLVERS } from '../src/app.module.js';
import { IS_PUBLIC, ROLES } from '../src/auth/decorators.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const snapshotPath = path.join(here, 'operation-access.json');
const ALL_ROLES = ['ACCOUNTANT', 'CLIENT_VIEWER', 'LEADER'];

function accessMap(): Record<string, string[]> {
  const access: Record<string, string[]> = {};
  for (const resolver of RESOLVERS) {
    const classRoles: string[] | undefined = Reflect.getMetadata(ROLES, resolver);
    const classPublic: boolean | undefined = Reflect.getMetadata(IS_PUBLIC, resolver);
    for (const key of Object.getOwnPropertyNames(resolver.prototype)) {
      const method: unknown = (resolver.prototype as unknown as Record<string, unknown>)[key];
      if (typeof method !== 'function') continue;
      const type: string | undefined = Reflect.getMetadata('graphql:resolver_type', method);
      if (type !== 'Query' && type !== 'Mutation') continue;
      const name: string = Reflect.getMetadata('graphql:resolver_name', method) ?? key;
      const isPublic = Reflect.getMetadata(IS_PUBLIC, method) ?? classPublic;
      const roles: string[] | undefined = Reflect.getMetadata(ROLES, method) ?? classRoles;
      access[`${type}.${name}`] = isPublic ? ['PUBLIC'] : [...(roles ?? ALL_ROLES)].sort();
    }
  }
  return Object.fromEntries(Object.entries(access).sort(([a], [b]) => a.localeCompare(b)));
}

describe('operation access', () => {
  const current = accessMap();

  it('matches the reviewed snapshot of roles per operation', () => {
    if (process.env.UPDATE_ACCESS_SNAPSHOT === 'true') writeFileSync(snapshotPath, `${JSON.stringify(current, null, 2)}\n`);
    expect(current).toEqual(JSON.parse(readFileSync(snapshotPath, 'utf8')));
  });

  it('covers every query and mutation of the schema', () => {
    const schema = buildSchema(readFileSync(path.join(here, '../schema.gql'), 'utf8'));
    const operations = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((name) => `Query.${name}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((name) => `Mutation.${name}`),
    ].sort();
    expect(Object.keys(current).sort()).toEqual(operations);
  });

  it('keeps only the sign-in operations public', () => {
    const publicOperations = Object.entries(current)
      .filter(([, roles]) => roles.includes('PUBLIC'))
      .map(([name]) => name);
    expect(publicOperations.sort()).toEqual(['Mutation.acceptInvitation', 'Mutation.logIn', 'Mutation.logOut', 'Mutation.signUp']);
  });
});
