// GraphQL Code Generator: types for the web app's operations, from the API's committed schema
// (apps/api/schema.gql, which contains the public contract), never from a running server.
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const schema = fileURLToPath(new URL('../api/schema.gql', import.meta.url));

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        nonOptionalTypename: true,
        scalars: {
          Date: 'string',
          DateTime: 'string',
          Month: 'string',
        },
        strictScalars: true,
      },
    },
  },
  hooks: {},
};

export default config;
