// Plain, valid arguments for any operation of the schema, so that a test generated from
// schema.gql can call every operation without knowing it: required values only, ids the caller's
// own, enum values the caller's role may use. The same rules as scope-attacks.int-spec.ts.
import { randomUUID } from 'node:crypto';
import { GraphQLNonNull, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';
import { PASSWORD } from './factories.js';
import { idKind, idPaths, setAt, typeAt, type EntityKind, type RootOperation } from './schema-walk.js';

export type Ids = Partial<Record<EntityKind, string>>;

export interface Caller {
  email: string;
  role: string;
}

let emailCounter = 0;

export function required(type: GraphQLInputType): GraphQLInputType {
  return isNonNullType(type) ? type : new GraphQLNonNull(type);
}

/** A value for a required input (undefined for an optional one): ids from `own`. */
export function plainValue(type: GraphQLInputType, name: string, own: Ids, operation: RootOperation, at: string[], caller: Caller): unknown {
  if (!isNonNullType(type)) return undefined;
  const inner = type.ofType as GraphQLInputType;
  if (isListType(inner)) return [];
  const named = getNamedType(inner);
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .map((field) => [field.name, plainValue(field.type, field.name, own, operation, [...at, field.name], caller)])
        .filter(([, value]) => value !== undefined),
    );
  }
  if (isEnumType(named)) {
    const viewer = caller.role === 'CLIENT_VIEWER';
    const preferred: Record<string, string> = {
      LogKind: 'COMMENT',
      Role: 'CLIENT_VIEWER',
      DeliverableStatus: viewer ? 'ACCEPTED' : 'IN_PROGRESS',
      ActionStatus: 'DONE',
    };
    return preferred[named.name] ?? named.getValues()[0].name;
  }
  switch (named.name) {
    case 'ID':
      return own[idKind(operation, at)];
    case 'String':
      if (/email/i.test(name)) return operation.name === 'logIn' ? caller.email : `probe-${++emailCounter}-${randomUUID().slice(0, 6)}@example.test`;
      if (/password/i.test(name)) return PASSWORD;
      if (/^country$/.test(name)) return 'DE';
      if (/currency/i.test(name)) return 'EUR';
      if (/timezone/i.test(name)) return 'Europe/Prague';
      return 'Probe text';
    case 'Int':
      return /minutes/i.test(name) ? 30 : /Minor$/.test(name) ? 1000 : /first/.test(name) ? 10 : 14;
    case 'Float':
      return /vat/i.test(name) ? 21 : /hours/i.test(name) ? 8 : 1;
    case 'Boolean':
      return false;
    case 'Month':
      return '2026-03';
    case 'Date':
      // Paid after the tests' invoices are issued (2026-04-02).
      return name === 'paidOn' ? '2026-04-10' : '2026-03-10';
    case 'DateTime':
      return /end|to/i.test(name) ? '2026-03-10T10:00:00Z' : '2026-03-10T09:00:00Z';
    default:
      throw new Error(`No plain value for the scalar ${named.name}: add one to test/support/plain-values.ts.`);
  }
}

/** Every argument of an operation: the required ones plain, and, with `allIds`, every id (optional ones too) the caller's own. */
export function plainArguments(operation: RootOperation, own: Ids, caller: Caller, options: { allIds?: boolean } = {}): Record<string, unknown> {
  let variables: Record<string, unknown> = Object.fromEntries(
    operation.field.args
      .map((arg) => [arg.name, plainValue(arg.type, arg.name, own, operation, [arg.name], caller)])
      .filter(([, value]) => value !== undefined),
  );
  if (!options.allIds) return variables;
  for (const at of idPaths(operation.field)) {
    const id = own[idKind(operation, at)];
    if (!id || at.includes('0')) continue;
    for (let depth = 1; depth < at.length; depth++) {
      const prefix = at.slice(0, depth);
      if (prefix.reduce<any>((value, key) => value?.[key], variables) == null) {
        variables = setAt(variables, prefix, plainValue(required(typeAt(operation.field, prefix)), prefix.at(-1)!, own, operation, prefix, caller));
      }
    }
    variables = setAt(variables, at, id);
  }
  return variables;
}
