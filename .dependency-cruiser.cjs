// Module boundaries, checked by `npm run lint`: each project's lint script runs dependency-cruiser
// from the repository root on its own folders with its own tsconfig, so imports resolve as the
// compiler resolves them. Paths below are relative to the repository root.
//
// dependency-cruiser rather than Nx's enforce-module-boundaries: besides the project-level rules
// that Nx tags could express (scope:web never imports scope:api; scope:domain imports no app and
// no framework), it can express the folder rules inside apps/api, which tags cannot.

const CORE = '(common|config|database|auth|graphql|access|health)';
// Every way a file can depend on a package from node_modules.
const NPM = ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'npm-unknown'];
const DOMAIN_SHIPPED = { path: '^libs/domain/src/', pathNot: '\\.(spec|test-helpers)\\.ts$' };

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // (a) The API's core is what every feature stands on; it must not stand on a feature.
    {
      name: 'api-core-not-to-features',
      severity: 'error',
      comment:
        'The core folders of apps/api/src (common, config, database, auth, graphql, access, health) import ' +
        'neither apps/api/src/modules/** nor app.module.ts. A core piece that needs something a feature or ' +
        'the app defines takes it as a parameter (see graphql/print-schema.ts). The one exception is the ' +
        'next rule: the entity registry.',
      from: { path: `^apps/api/src/${CORE}/`, pathNot: '^apps/api/src/database/entities\\.ts$' },
      to: { path: '^apps/api/src/(modules/|app\\.module\\.ts$)' },
    },
    {
      name: 'api-entity-registry-lists-entities-only',
      severity: 'error',
      comment:
        'database/entities.ts is core and lists every entity for the one DataSource (data-source.ts), so ' +
        "the core does depend on the features' *.entity.ts files, through this file and no other. It may " +
        'import entity files and nothing else of a feature.',
      from: { path: '^apps/api/src/database/entities\\.ts$' },
      to: { path: '^apps/api/src/(modules/|app\\.module\\.ts$)', pathNot: '^apps/api/src/modules/.+\\.entity\\.ts$' },
    },
    {
      name: 'api-entities-are-leaves',
      severity: 'error',
      comment:
        'Because the core reaches every entity through the registry, an entity file may not pull feature ' +
        'code in at run time: it imports typeorm and the core, and at most types (import type) of a feature.',
      from: { path: '^apps/api/src/modules/.+\\.entity\\.ts$' },
      to: { path: '^apps/api/src/(modules/|app\\.module\\.ts$)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'api-common-is-the-base',
      severity: 'error',
      comment:
        'apps/api/src/common (errors, ISO helpers, validators, pipes) is the bottom layer: it imports no other ' +
        'folder of the API, so no core folder can form a cycle with it.',
      from: { path: '^apps/api/src/common/' },
      to: { path: '^apps/api/src/', pathNot: '^apps/api/src/common/' },
    },
    // (b) A feature's entity is its storage; other features use its service and its types.
    {
      name: 'api-feature-entities-are-private',
      severity: 'error',
      comment:
        "A feature (apps/api/src/modules/<feature>) may use another feature's service, GraphQL types and " +
        "DTOs, but not import its *.entity.ts. A feature that must query another's table (tenancy checks, " +
        'invoicing) imports the entity from database/entities.ts, whose named re-exports are the reviewed ' +
        'list of entities shared across features; adding one there is the deliberate, visible step.',
      from: { path: '^apps/api/src/modules/([^/]+)/' },
      to: { path: '^apps/api/src/modules/.+\\.entity\\.ts$', pathNot: '^apps/api/src/modules/$1/' },
    },
    // (c) The web app talks to the API over GraphQL only; its types come from the committed schema.
    {
      name: 'web-not-to-api',
      severity: 'error',
      comment: 'apps/web imports nothing of apps/api (nor of the contract folder api/): it knows the API through schema.gql and codegen.',
      from: { path: '^apps/web/' },
      to: { path: '^(apps/api|api)/' },
    },
    {
      name: 'api-not-to-web',
      severity: 'error',
      comment: 'apps/api serves the built web app from disk; it imports none of its sources.',
      from: { path: '^apps/api/' },
      to: { path: '^apps/web/' },
    },
    // (d) libs/domain runs in the API and in the browser: no framework, no I/O. Mirrors
    // libs/domain/src/module-boundary.spec.ts, which stays as the test-time check.
    {
      name: 'domain-not-to-apps',
      severity: 'error',
      comment: 'libs/domain imports nothing of the apps, the migrations or the scripts.',
      from: { path: '^libs/domain/' },
      to: { path: '^(apps|migrations|scripts|bench)/' },
    },
    {
      name: 'domain-no-framework',
      severity: 'error',
      comment: 'libs/domain (tests included) imports no server framework, database driver or UI library.',
      from: { path: '^libs/domain/' },
      to: { path: '(^|/)node_modules/(@nestjs|typeorm|pg|pg-[^/]+|react|react-dom|@apollo|express)/' },
    },
    {
      name: 'domain-no-node-builtins',
      severity: 'error',
      comment: 'Shipped libs/domain code imports no Node built-in (node:fs, crypto, …): it must work in a browser. Specs may.',
      from: DOMAIN_SHIPPED,
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domain-allowed-packages-only',
      severity: 'error',
      comment:
        'Shipped libs/domain code imports only date-fns, @date-fns/tz and @noble/hashes (ALLOWED_PACKAGES in ' +
        'module-boundary.spec.ts); another package is added in both places on purpose, and must work in a browser.',
      from: DOMAIN_SHIPPED,
      to: { dependencyTypes: NPM, pathNot: '(^|/)node_modules/(date-fns|@date-fns/tz|@noble/hashes)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'No import cycle that exists at run time (there is none; keep it so): cycles make the order in which ' +
        "ES modules evaluate, and so Nest's decorators and providers, depend on which file is loaded first. " +
        'A cycle through `import type` only is erased by the compiler and allowed.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    // Without this an import that fails to resolve would slip past every rule above.
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import resolves (a boundary rule cannot judge an import it cannot follow).',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    baseDir: __dirname,
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: '(^|/)(dist|coverage)/' },
    // `import type` counts: a type-only import of another feature's entity is still coupling.
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
