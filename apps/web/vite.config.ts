// Vite build and dev server for the Allot web app; vitest reads the `test` block.
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { graphqlDocumentsPlugin } from './tooling/graphql-documents-plugin.ts';

const apiTarget = process.env.ALLOT_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  base: '/',
  plugins: [graphqlDocumentsPlugin(fileURLToPath(new URL('./src/gql', import.meta.url))), react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // The shared domain rules (pure TypeScript) straight from source, so the browser runs the
      // very code the API runs (e.g. the log's hash chain) without waiting for the library's build.
      '@allot/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: false },
      '/api': { target: apiTarget, changeOrigin: false },
      '/health': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in the served build: the server publishes dist/ as it is.
    sourcemap: false,
    manifest: true,
    chunkSizeWarningLimit: 600,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}', 'tooling/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    testTimeout: 15000,
  },
});
