// Walks the committed schema (apps/api/schema.gql) so that tests cover every operation, including
// ones added later: the root fields, the ID arguments inside their inputs, documents with
// variables and a selection of the result, and values for every input type.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

const here = path.dirname(fileURLToPath(import.meta.url));

export function loadSchema(): GraphQLSchema {
  return buildSchema(readFileSync(path.join(here, '../../schema.gql'), 'utf8'));
}

export type OperationKind = 'query' | 'mutation';

export interface RootOperation {
  kind: OperationKind;
  field: GraphQLField<unknown, unknown>;
  name: string;
}

export function rootOperations(schema: GraphQLSchema): RootOperation[] {
  const of = (kind: OperationKind, type: GraphQLObjectType | null | undefined) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({ kind, field, name: field.name }));
  return [...of('query', schema.getQueryType()), ...of('mutation', schema.getMutationType())];
}

/** A path to an ID inside an operation's arguments: ['id'], ['input', 'clientId'], ['filter', 'retainerId']. */
export type IdPath = string[];

/** Every ID / ID! argument, and every ID field inside input objects (through lists too). */
export function idPaths(field: GraphQLField<unknown, unknown>): IdPath[] {
  const paths: IdPath[] = [];
  const visit = (type: GraphQLInputType, at: string[], depth: number) => {
    const nullable = unwrapNonNull(type);
    if (isListType(nullable)) return visit(nullable.ofType as GraphQLInputType, [...at, '0'], depth);
    const named = getNamedType(type);
    if (named.name === 'ID') paths.push(at);
    else if (isInputObjectType(named) && depth < 4) {
      for (const inner of Object.values(named.getFields())) visit(inner.type, [...at, inner.name], depth + 1);
    }
  };
  for (const arg of field.args) visit(arg.type, [arg.name], 0);
  return paths;
}

/** The argument type of a path's last element (for naming the entity an ID points to). */
export function inputTypeAt(field: GraphQLField<unknown, unknown>, at: IdPath): { owner: string; name: string } {
  let owner = field.name;
  let type: GraphQLNamedType | undefined;
  let fields: Record<string, { type: GraphQLInputType }> = Object.fromEntries(field.args.map((arg) => [arg.name, arg]));
  for (const segment of at.filter((part) => part !== '0')) {
    type = getNamedType(fields[segment].type);
    if (isInputObjectType(type)) {
      owner = type.name;
      fields = type.getFields();
    }
  }
  return { owner, name: at.filter((part) => part !== '0').at(-1)! };
}

/** `$a: Int!, $b: [String!]` for an operation's arguments. */
export function variableDefinitions(args: readonly GraphQLArgument[]): string {
  return args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
}

/** A GraphQL literal for a JSON-like value of an input type (used for nested field arguments). */
function literal(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return 'null';
  const named = getNamedType(type);
  if (Array.isArray(value))
    return `[${value.map((item) => literal(item, isListType(unwrapNonNull(type)) ? (unwrapNonNull(type) as any).ofType : type)).join(', ')}]`;
  if (isEnumType(named)) return String(value);
  if (isInputObjectType(named)) {
    const fields = named.getFields();
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .map(([key, inner]) => `${key}: ${literal(inner, fields[key].type)}`);
    return `{ ${parts.join(', ')} }`;
  }
  return JSON.stringify(value);
}

function unwrapNonNull(type: GraphQLInputType): GraphQLInputType {
  return isNonNullType(type) ? (type.ofType as GraphQLInputType) : type;
}

export interface SelectionOptions {
  /** Levels of object fields below the root field (0: leaves of the root type only). */
  depth: number;
  /** Values for arguments of nested fields (balance(month:), balances(from:, to:)). */
  argumentValue: (type: GraphQLInputType, name: string) => unknown;
}

/** Every leaf field and, down to `depth` levels, object fields, with required arguments filled. */
export function selectionFor(type: GraphQLNamedType, options: SelectionOptions, depth = 0): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type)) return '{ __typename }';
  const parts: string[] = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
    const args = required.length ? `(${required.map((arg) => `${arg.name}: ${literal(options.argumentValue(arg.type, arg.name), arg.type)}`).join(', ')})` : '';
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(`${field.name}${args}`);
    else if (depth < options.depth) parts.push(`${field.name}${args} ${selectionFor(named, options, depth + 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** A document calling one root field with all its arguments as variables. */
export function documentFor(operation: RootOperation, options: SelectionOptions): string {
  const { field } = operation;
  const definitions = field.args.length ? `(${variableDefinitions(field.args)})` : '';
  const call = field.args.length ? `(${field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  const selection = selectionFor(getNamedType(field.type), options);
  return `${operation.kind} ${definitions} { ${field.name}${call} ${selection} }`;
}

/** Sets a value at a path inside an arguments object (creating nothing: the path must exist). */
export function setAt(args: Record<string, any>, at: IdPath, value: unknown): Record<string, any> {
  const copy = structuredClone(args);
  let target = copy;
  for (const segment of at.slice(0, -1)) target = target[segment];
  target[at[at.length - 1]] = value;
  return copy;
}

export { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType };

/** The entity types an ID can name. */
export const ENTITY_KINDS = ['Client', 'Retainer', 'TimeEntry', 'Meeting', 'Deliverable', 'LogEntry', 'Invoice', 'Workspace', 'Invitation', 'Session'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

function asKind(name: string): EntityKind | undefined {
  return (ENTITY_KINDS as readonly string[]).includes(name) ? (name as EntityKind) : undefined;
}

/**
 * Which entity the ID at `at` names: `clientId` a Client, `refersToId` a LogEntry; a bare `id` the
 * entity of its input (UpdateClientInput) or of the operation (client, issueInvoice → Invoice,
 * deleteTimeEntry → TimeEntry). Throws for an ID it cannot place, so a new one gets a decision.
 */
export function idKind(operation: RootOperation, at: IdPath): EntityKind {
  const { owner, name } = inputTypeAt(operation.field, at);
  const special: Record<string, EntityKind> = { refersToId: 'LogEntry' };
  if (special[name]) return special[name];
  if (name !== 'id') {
    const kind = asKind(name.replace(/Id$/, '').replace(/^./, (c) => c.toUpperCase()));
    if (kind) return kind;
  } else {
    const fromInput = /^Update(\w+)Input$/.exec(owner)?.[1];
    const fromReturn = getNamedType(operation.field.type).name;
    const fromName = /^[a-z]+([A-Z]\w*)$/.exec(operation.name)?.[1];
    const kind = (fromInput && asKind(fromInput)) || asKind(fromReturn) || (fromName && asKind(fromName));
    if (kind) return kind;
  }
  throw new Error(`Cannot tell which entity ${operation.name}(${at.join('.')}) names: teach idKind in test/support/schema-walk.ts.`);
}

/** The input type at a path of an operation's arguments ('0' steps into a list's items). */
export function typeAt(field: GraphQLField<unknown, unknown>, at: IdPath): GraphQLInputType {
  let type: GraphQLInputType = field.args.find((arg) => arg.name === at[0])!.type;
  for (const segment of at.slice(1)) {
    const nullable = unwrapNonNull(type);
    if (segment === '0' && isListType(nullable)) type = nullable.ofType as GraphQLInputType;
    else type = (getNamedType(type) as import('graphql').GraphQLInputObjectType).getFields()[segment].type;
  }
  return type;
}
