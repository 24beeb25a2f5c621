import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { RolesGuard, SessionAuthGuard } from './auth/auth.guard.js';
import { JwtStrategy } from './auth/jwt.strategy.js';
import { LoginThrottle } from './auth/login-throttle.js';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { createDataSource } from './database/data-source.js';
import { formatGraphQLError } from './graphql/format-error.js';
import { transactionPlugin } from './graphql/transaction.plugin.js';
import { HealthController } from './health/health.controller.js';
import { ClientsResolver } from './modules/clients/clients.resolver.js';
import { ClientsService } from './modules/clients/clients.service.js';
import { IdentityResolver } from './modules/identity/identity.resolver.js';
import { IdentityService } from './modules/identity/identity.service.js';
import { WorkspaceResolver } from './modules/workspace/workspace.resolver.js';
import { WorkspaceService } from './modules/workspace/workspace.service.js';

export const QUERY_LIMITS = { maxDepth: 12, maxAliases: 30, maxCost: 5000 };

/** Every resolver: the app registers them, and the schema printer builds the SDL from them. */
export const RESOLVERS = [IdentityResolver, WorkspaceResolver, ClientsResolver];

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const production = config.nodeEnv === 'production';
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({}),
          dataSourceFactory: async () => createDataSource(config.databaseUrl).initialize(),
        }),
        PassportModule,
        JwtModule.register({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: !production,
          playground: false,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          plugins: [
            transactionPlugin(),
            production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: false }),
          ],
          formatError: formatGraphQLError,
          // Refuse abusive documents before executing them: deep nesting, alias fan-out and
          // overall cost. The web app's largest query stays far below each limit.
          validationRules: [
            maxDepthRule({ n: QUERY_LIMITS.maxDepth, exposeLimits: true }),
            maxAliasesRule({ n: QUERY_LIMITS.maxAliases, exposeLimits: true }),
            costLimitRule({ maxCost: QUERY_LIMITS.maxCost, exposeLimits: true }),
          ],
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: SessionAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
        JwtStrategy,
        LoginThrottle,
        IdentityService,
        WorkspaceService,
        ClientsService,
        ...RESOLVERS,
      ],
    };
  }
}
