// DataLoaders live exactly as long as one request (or unit of work): nested fields are batched
// per request, no cached row outlives its transaction, and no caller sees another caller's rows.
// Writes call clearRequestLoaders() so that a later field of the same request (another root
// mutation, or the mutation's own result) never reads what the write replaced.
import DataLoader from 'dataloader';
import { currentScope, type RequestScope } from '../database/request-scope.js';

const registries = new WeakMap<RequestScope, Map<string, DataLoader<unknown, unknown>>>();
const queues = new WeakMap<RequestScope, Promise<unknown>>();

/**
 * Runs the request's batches one after another: they share the request's one connection, which
 * must not be sent a query while another is running (node-postgres deprecates that). A batch
 * function must therefore never wait for another loader.
 */
function serialized<T>(scope: RequestScope, run: () => Promise<T>): Promise<T> {
  const result = (queues.get(scope) ?? Promise.resolve()).then(run, run);
  queues.set(
    scope,
    result.catch(() => undefined),
  );
  return result;
}

/**
 * The request's loader named `name`, created on first use with `batch`. The name must identify
 * the batch function: two call sites with one name share one loader.
 */
export function requestLoader<K, V>(name: string, batch: DataLoader.BatchLoadFn<K, V>, options: DataLoader.Options<K, V, K> = {}): DataLoader<K, V> {
  const scope = currentScope();
  let registry = registries.get(scope);
  if (!registry) {
    registry = new Map();
    registries.set(scope, registry);
  }
  let loader = registry.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>((keys) => serialized(scope, () => Promise.resolve(batch(keys))), { maxBatchSize: 1000, ...options });
    registry.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Forgets every cached value of the current request (call after a write). */
export function clearRequestLoaders(): void {
  const scope = currentScope();
  for (const loader of registries.get(scope)?.values() ?? []) loader.clearAll();
}

/** Orders rows fetched for `keys` as DataLoader wants: one entry per key, in key order. */
export function byKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K, missing: V | null = null): Array<V | null> {
  const found = new Map<K, V>();
  for (const row of rows) found.set(keyOf(row), row);
  return keys.map((key) => found.get(key) ?? missing);
}

/** Groups rows fetched for `keys` into one list per key, in key order (empty when none). */
export function groupByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
