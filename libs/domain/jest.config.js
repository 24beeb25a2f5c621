// Jest in ESM mode (the package is "type": "module"), TypeScript through @swc/jest.
// Run with NODE_OPTIONS=--experimental-vm-modules (the package's "test" script does).

/** @type {import('jest').Config} */
export default {
  displayName: 'domain',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }],
  },
  collectCoverageFrom: ['src/**/*.ts', '!src/**/*.spec.ts', '!src/**/*.test-helpers.ts'],
  coverageReporters: ['text-summary', 'text'],
  coverageThreshold: { global: { branches: 95, functions: 95, lines: 95, statements: 95 } },
};
