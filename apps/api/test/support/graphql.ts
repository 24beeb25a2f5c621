// GraphQL over HTTP for tests, with helpers that fail loudly and assert coded errors.
import type { TestApp } from './app.js';

export interface GqlError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; field?: string };
}

export interface GqlResult<T = any> {
  status: number;
  data: T | null;
  errors?: GqlError[];
  headers: Record<string, string | string[] | undefined>;
}

export async function gqlRaw<T = any>(testApp: TestApp, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> {
  let req = testApp.http.post('/graphql').set('content-type', 'application/json');
  if (token) req = req.set('authorization', `Bearer ${token}`);
  const res = await req.send({ query, variables });
  return { status: res.status, data: res.body.data ?? null, errors: res.body.errors, headers: res.headers };
}

/** Runs an operation that must succeed and returns its data. */
export async function gql<T = any>(testApp: TestApp, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const result = await gqlRaw<T>(testApp, query, variables, token);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}

/** Runs an operation that must fail, and returns its first error for assertions. */
export async function gqlError(testApp: TestApp, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlError> {
  const result = await gqlRaw(testApp, query, variables, token);
  if (!result.errors?.length) throw new Error(`Expected an error, got data: ${JSON.stringify(result.data)}`);
  return result.errors[0];
}
