// The module boundary of libs/domain: the API and the browser both import it, so its shipped
// code may import neither a server framework, a database driver, a UI library, nor any Node
// built-in. This test reads the sources, so a violation fails `npm test` at once.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = dirname(fileURLToPath(import.meta.url));

const FRAMEWORKS: readonly RegExp[] = [/^@nestjs\//, /^typeorm(\/|$)/, /^pg(\/|$)/, /^react(-dom)?(\/|$)/, /^@apollo\//, /^express(\/|$)/];

const NODE_BUILTINS: readonly RegExp[] = [/^node:/, /^(fs|net|http|https|http2|child_process|crypto|os|path|worker_threads|cluster|dgram|dns|tls|vm)(\/|$)/];

const FORBIDDEN = [...FRAMEWORKS, ...NODE_BUILTINS];

/** Anything else a shipped file imports must be added here on purpose, and work in a browser. */
const ALLOWED_PACKAGES: readonly string[] = ['@date-fns/tz', 'date-fns', '@noble/hashes/sha2.js', '@noble/hashes/utils.js'];

const IMPORT_PATTERNS: readonly RegExp[] = [
  /\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

function importsOf(source: string): string[] {
  return IMPORT_PATTERNS.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const isTestOnly = (path: string) => /\.(spec|test-helpers)\.ts$/.test(path);
const files = sourceFiles(SRC);
const shipped = files.filter((path) => !isTestOnly(path));
// Specs may use Node (this one reads files), not frameworks; this file names them only as data.
const testOnly = files.filter((path) => isTestOnly(path) && path !== fileURLToPath(import.meta.url));

describe('module boundary of libs/domain', () => {
  it('finds the sources it guards', () => {
    expect(shipped.map((path) => relative(SRC, path))).toEqual(expect.arrayContaining(['index.ts', 'balance.ts', 'log-hash.ts']));
  });

  it('recognises every form of import', () => {
    const sample = [
      "import { Injectable } from '@nestjs/common';",
      "import type { Repository } from 'typeorm';",
      "export * from 'pg';",
      "import 'node:fs';",
      "const http = await import('http');",
      "const cp = require('child_process');",
      "import {\n  a,\n  b,\n} from 'react';",
    ].join('\n');
    const found = importsOf(sample);
    expect(found).toEqual(expect.arrayContaining(['@nestjs/common', 'typeorm', 'pg', 'node:fs', 'http', 'child_process', 'react']));
    expect(found.every((specifier) => FORBIDDEN.some((pattern) => pattern.test(specifier)))).toBe(true);
  });

  it.each(shipped.map((path) => [relative(SRC, path), path]))('%s imports only relative modules and allowed packages', (_name, path) => {
    const imports = importsOf(readFileSync(path, 'utf8'));
    expect(imports.filter((specifier) => FORBIDDEN.some((pattern) => pattern.test(specifier)))).toEqual([]);
    expect(imports.filter((specifier) => !specifier.startsWith('.') && !ALLOWED_PACKAGES.includes(specifier))).toEqual([]);
  });

  it.each(testOnly.map((path) => [relative(SRC, path), path]))('%s (test only) imports no framework, driver or UI library', (_name, path) => {
    const imports = importsOf(readFileSync(path, 'utf8'));
    expect(imports.filter((specifier) => FRAMEWORKS.some((pattern) => pattern.test(specifier)))).toEqual([]);
  });
});
