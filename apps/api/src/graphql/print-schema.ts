// Builds the GraphQL SDL from the resolvers without a database, sorted so that diffs of the
// committed schema.gql show real changes only.
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/**
 * The resolvers are the caller's (app.module.ts's RESOLVERS, passed in by tools/write-schema.ts
 * and the schema test): graphql/ is core and knows no feature module.
 */
export async function buildSchemaSdl(resolvers: Parameters<GraphQLSchemaFactory['create']>[0]): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(resolvers);
    return printSortedSchema(schema);
  } finally {
    await app.close();
  }
}
