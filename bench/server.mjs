// The API server the benchmark measures, in a child process of its own so that its memory
// (VmHWM in /proc/<pid>/status) is the server's alone. Started by scripts/bench.mjs with
// --expose-gc; it answers { type: 'gc' } with a full collection, so every memory measurement
// starts from the same settled heap.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'apps/api/dist/apps/api/src');

const { loadConfig } = await import(pathToFileURL(path.join(dist, 'config/config.js')).href);
const { startServer } = await import(pathToFileURL(path.join(dist, 'main.js')).href);

const started = await startServer(loadConfig(process.env));
process.send?.({ type: 'ready', url: started.url.replace('localhost', '127.0.0.1') });

process.on('message', async (message) => {
  if (message?.type === 'gc') {
    globalThis.gc?.();
    globalThis.gc?.();
    process.send?.({ type: 'gc-done', id: message.id, memory: process.memoryUsage() });
  } else if (message?.type === 'stop') {
    await started.close().catch(() => undefined);
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
