// Applies READ_POLICY to the executable schema, once at startup (GraphQLModule's transformSchema):
// every field whose named type is an object type, and every field the table names, gets its
// resolver wrapped, so the check covers root fields, @ResolveField fields and plain properties
// alike (Nest's guards run for root operations only: not for @ResolveField methods unless
// fieldResolverEnhancers says so, never for plain properties). A denied field answers FORBIDDEN
// and null, before its resolver runs, so nothing behind it is loaded.
import {
  type GraphQLResolveInfo,
  defaultFieldResolver,
  getNamedType,
  isAbstractType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { ForbiddenError, UnauthenticatedError } from '../common/errors.js';
import { currentScope, type Principal, type RequestScope } from '../database/request-scope.js';
import { READ_POLICY, type Reader } from './read-policy.js';

interface RequestContext {
  req?: { allotScope?: RequestScope };
}

/**
 * Who is asking, in the request `context` belongs to; null until authentication has run. The one
 * place the policy learns the caller.
 */
export function principalOf(context: RequestContext | undefined): Principal | null {
  return context?.req?.allotScope?.principal ?? currentScope().principal;
}

type Policy = Readonly<Record<string, readonly Reader[]>>;

/** The roles that may read a field: its own entry, and its named type's (every possible type's, for an abstract one). */
function readersOf(schema: GraphQLSchema, parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, policy: Policy): Reader[] | null {
  const named = getNamedType(field.type);
  const types = isObjectType(named) ? [named] : isAbstractType(named) ? schema.getPossibleTypes(named) : [];
  const entries = [policy[`${parent.name}.${field.name}`], ...types.map((type) => policy[type.name])].filter((entry) => entry !== undefined);
  if (entries.length === 0) return null;
  const readable = (reader: Reader) => entries.every((entry) => entry.includes(reader) || entry.includes('PUBLIC'));
  return (['PUBLIC', 'LEADER', 'ACCOUNTANT', 'CLIENT_VIEWER'] as const).filter(readable);
}

/** Refuses to start with an object type the table does not decide on, or an entry naming nothing. */
function checkCoverage(schema: GraphQLSchema, policy: Policy): void {
  const roots = rootTypes(schema);
  const problems: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) && !type.name.startsWith('__') && !roots.has(type) && !policy[type.name]) {
      problems.push(`${type.name} has no entry: say which roles may read it`);
    }
  }
  for (const key of Object.keys(policy)) {
    const [typeName, fieldName] = key.split('.');
    const type = schema.getType(typeName);
    if (!isObjectType(type) || (fieldName !== undefined && !type.getFields()[fieldName])) problems.push(`${key} is not in the schema`);
  }
  if (problems.length) throw new Error(`READ_POLICY (src/access/read-policy.ts): ${problems.join('; ')}.`);
}

function rootTypes(schema: GraphQLSchema): Set<GraphQLObjectType> {
  return new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((type) => !!type));
}

function assertMayRead(principal: Principal | null, readers: readonly Reader[]): void {
  if (!principal) throw new UnauthenticatedError();
  if (!readers.includes(principal.role)) throw new ForbiddenError();
}

const WRAPPED = Symbol('readPolicy');

function isSignInPayload(info: GraphQLResolveInfo): boolean {
  let path = info.path;
  while (path.prev) path = path.prev;
  return (
    info.operation.operation === 'mutation' &&
    info.schema.getMutationType()?.getFields()[rootFieldName(info, String(path.key))]?.type.toString() === 'AuthPayload!'
  );
}

/** The field name behind a root response key (an alias or the name itself). */
function rootFieldName(info: GraphQLResolveInfo, key: string): string {
  for (const selection of info.operation.selectionSet.selections) {
    if (selection.kind === 'Field' && (selection.alias?.value ?? selection.name.value) === key) return selection.name.value;
  }
  return key;
}

function guarded(resolve: GraphQLFieldResolver<unknown, RequestContext>, readers: Reader[], root: boolean): GraphQLFieldResolver<unknown, RequestContext> {
  const wrapped: GraphQLFieldResolver<unknown, RequestContext> = (source, args, context, info) => {
    const principal = principalOf(context);
    // The request was authenticated before it executed: the check comes before the resolver. An
    // anonymous root call goes on to the operation's own guard, which answers UNAUTHENTICATED.
    // A sign-in's payload (AuthPayload, PUBLIC) describes the identity the mutation has just
    // verified, for the next request; such a mutation is alone in its operation.
    if ((principal || !root) && !(principal === null && isSignInPayload(info))) assertMayRead(principal, readers);
    return resolve(source, args, context, info);
  };
  return Object.assign(wrapped, { [WRAPPED]: true });
}

/** Wraps the resolver of every field the policy covers; returns the same schema. */
export function enforceReadPolicy(schema: GraphQLSchema, policy: Policy = READ_POLICY): GraphQLSchema {
  checkCoverage(schema, policy);
  const roots = rootTypes(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const readers = readersOf(schema, type, field, policy);
      if (!readers || readers.includes('PUBLIC')) continue;
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, RequestContext> & { [WRAPPED]?: boolean };
      if (resolve[WRAPPED]) continue;
      field.resolve = guarded(resolve, readers, roots.has(type));
    }
  }
  return schema;
}
