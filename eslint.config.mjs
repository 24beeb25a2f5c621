// ESLint for apps/api (with migrations/), apps/web and libs/domain; each project's `lint` script
// runs it on its own folder, last, after dependency-cruiser and tsc. Module boundaries are not
// checked here but in .dependency-cruiser.cjs, which can express the API's folder rules too.
//
// typescript-eslint's recommended set without type information: the type-checked set took three
// times as long on the API alone on a 2-core machine (20 s of CPU against 7), and 1,874 of its
// 2,017 findings there were no-unsafe-*, mostly restating the tests' deliberate `any`; tsc
// (strict) runs in the same lint target anyway.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TESTS = ['apps/api/test/**', 'apps/web/e2e/**', 'apps/web/src/test/**', '**/*.spec.ts', '**/*.test.{ts,tsx}', '**/*.test-helpers.ts'];

export default tseslint.config(
  {
    // An eslint-disable comment that no longer disables anything is itself a finding.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    // Generated (GraphQL codegen) or built output, never edited by hand.
    ignores: ['**/dist/**', '**/coverage/**', '**/node_modules/**', '.data/**', '.nx/**', 'apps/web/src/gql/**'],
  },
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      // The code marks a deliberately unused binding with a leading underscore: a parameter a
      // framework signature requires (`_data, context`), a property left out by a rest pattern
      // (`const { _id, ...rest }`). Anything else unused is a finding.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Config files, benchmarks and build tooling written as plain ES modules, run by Node.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    // The web app's components: the rules of hooks and complete effect dependencies. Not the
    // React Compiler's checks of the plugin's recommended set: the app is not built with the
    // compiler, and compiling every component for them took 90% of the web app's lint time.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Tests reach into framework internals (TypeORM query runners patched for fault injection,
    // Apollo mocked responses, raw GraphQL JSON) whose honest type is `any`, and patch
    // prototypes whose accessors need `this` captured for a Proxy. Shipped code keeps both rules.
    files: TESTS,
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-this-alias': 'off',
    },
  },
);
