// Measures the JavaScript a route needs before it can render: the entry chunk, the route's own
// chunk, and every chunk they import statically (read from Vite's build manifest), gzipped.
// Fails when the sign-in page's total exceeds the budget.
//   node tooling/initial-js-size.mjs [--max 250] [--route src/auth/sign-in-page.tsx]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const maxKb = Number(arg('--max', '250'));
const route = arg('--route', 'src/auth/sign-in-page.tsx');
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const manifest = JSON.parse(readFileSync(`${dist}.vite/manifest.json`, 'utf8'));

function closure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return [...seen];
}

if (!manifest[route]) throw new Error(`No chunk for ${route} in the build manifest`);
const chunks = closure(['index.html', route]).map((key) => {
  const file = manifest[key].file;
  const bytes = readFileSync(`${dist}${file}`);
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const total = chunks.reduce((sum, c) => sum + c.gzip, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const c of chunks.sort((a, b) => b.gzip - a.gzip)) console.log(`${kb(c.gzip).padStart(9)}  ${c.file}`);
console.log(`Initial JavaScript for ${route}: ${kb(total)} gzipped (budget ${maxKb} KB)`);
if (total > maxKb * 1024) {
  console.error(`Over budget by ${kb(total - maxKb * 1024)}`);
  process.exit(1);
}
