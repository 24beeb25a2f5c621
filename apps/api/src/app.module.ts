import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { GraphQLError, type ValidationContext } from 'graphql';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { enforceReadPolicy } from './access/enforce-read-policy.js';
import { RolesGuard, SessionAuthGuard } from './auth/auth.guard.js';
import { JwtStrategy } from './auth/jwt.strategy.js';
import { LoginThrottle } from './auth/login-throttle.js';
import { RequestAuthenticator } from './auth/request-authenticator.js';
import { ScopeHoldInterceptor } from './database/scope-hold.interceptor.js';
import { sessionMutationAloneRule } from './graphql/session-mutation-alone.rule.js';
import { JWT_AUDIENCE, JWT_ISSUER } from './auth/jwt.strategy.js';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { createDataSource } from './database/data-source.js';
import { formatGraphQLError, formatGraphQLErrorHidingSchema } from './graphql/format-error.js';
import { transactionPlugin } from './graphql/transaction.plugin.js';
import { HealthController } from './health/health.controller.js';
import { DashboardResolver } from './modules/dashboard/dashboard.resolver.js';
import { DashboardService } from './modules/dashboard/dashboard.service.js';
import { MeetingTimeRecorder } from './modules/meetings/meeting-time-recorder.js';
import { MeetingsResolver, TimeEntryLinksResolver } from './modules/meetings/meetings.resolver.js';
import { MeetingsService } from './modules/meetings/meetings.service.js';
import { ClientsResolver } from './modules/clients/clients.resolver.js';
import { ClientsService } from './modules/clients/clients.service.js';
import { DeliverablesResolver } from './modules/deliverables/deliverables.resolver.js';
import { DeliverablesService } from './modules/deliverables/deliverables.service.js';
import { IdentityResolver } from './modules/identity/identity.resolver.js';
import { IdentityService } from './modules/identity/identity.service.js';
import { LogResolver } from './modules/log/log.resolver.js';
import { LogService } from './modules/log/log.service.js';
import { WorkspaceResolver } from './modules/workspace/workspace.resolver.js';
import { WorkspaceService } from './modules/workspace/workspace.service.js';
import { BalancesService } from './modules/retainers/balances.service.js';
import { ClientEngagementResolver } from './modules/retainers/client-engagement.resolver.js';
import { MonthLockService } from './modules/retainers/month-lock.service.js';
import { RetainersResolver } from './modules/retainers/retainers.resolver.js';
import { RetainersService } from './modules/retainers/retainers.service.js';
import { TimeEntriesResolver } from './modules/time-entries/time-entries.resolver.js';
import { TimeEntriesService } from './modules/time-entries/time-entries.service.js';
import { InvoiceClock } from './modules/invoices/invoice-clock.js';
import { InvoicesController } from './modules/invoices/invoices.controller.js';
import { InvoicesResolver } from './modules/invoices/invoices.resolver.js';
import { InvoicesService } from './modules/invoices/invoices.service.js';
import { JobQueue } from './jobs/job-queue.js';
import { MailDelivery } from './mail/mail-delivery.js';
import { OutboxResolver } from './mail/outbox.resolver.js';
import { OutboxService } from './mail/outbox.service.js';

export const QUERY_LIMITS = { maxDepth: 12, maxAliases: 30, maxCost: 5000 };

// graphql-armor throws by default, which Apollo turns into an internal error; reporting through
// the validation context gives the client a GRAPHQL_VALIDATION_FAILED error with the reason.
const REPORT_AS_VALIDATION_ERROR = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')))],
};

/** Every resolver: the app registers them, and the schema printer builds the SDL from them. */
export const RESOLVERS = [
  IdentityResolver,
  WorkspaceResolver,
  ClientsResolver,
  LogResolver,
  DeliverablesResolver,
  RetainersResolver,
  ClientEngagementResolver,
  TimeEntriesResolver,
  InvoicesResolver,
  MeetingsResolver,
  TimeEntryLinksResolver,
  DashboardResolver,
  OutboxResolver,
];

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
          dataSourceFactory: async () => createDataSource(config.appDatabaseUrl).initialize(),
        }),
        PassportModule,
        JwtModule.register({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256', issuer: JWT_ISSUER, audience: JWT_AUDIENCE } }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: !production,
          // "Did you mean …" in validation errors would spell out the schema introspection hides.
          hideSchemaDetailsFromClientErrors: production,
          playground: false,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          plugins: [transactionPlugin(), production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: false })],
          formatError: production ? formatGraphQLErrorHidingSchema : formatGraphQLError,
          // Refuse abusive documents before executing them: deep nesting, alias fan-out and
          // overall cost. The web app's largest query stays far below each limit.
          validationRules: [
            sessionMutationAloneRule,
            maxDepthRule({ n: QUERY_LIMITS.maxDepth, ...REPORT_AS_VALIDATION_ERROR }),
            maxAliasesRule({ n: QUERY_LIMITS.maxAliases, ...REPORT_AS_VALIDATION_ERROR }),
            costLimitRule({ maxCost: QUERY_LIMITS.maxCost, ...REPORT_AS_VALIDATION_ERROR }),
          ],
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
          // Roles apply to every field that returns an object, not only to root fields.
          transformSchema: enforceReadPolicy,
        }),
      ],
      controllers: [HealthController, InvoicesController],
      providers: [
        { provide: APP_GUARD, useClass: SessionAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_INTERCEPTOR, useClass: ScopeHoldInterceptor },
        JwtStrategy,
        RequestAuthenticator,
        LoginThrottle,
        IdentityService,
        WorkspaceService,
        ClientsService,
        MeetingsService,
        DashboardService,
        MeetingTimeRecorder,
        MonthLockService,
        RetainersService,
        BalancesService,
        TimeEntriesService,
        LogService,
        DeliverablesService,
        InvoiceClock,
        InvoicesService,
        JobQueue,
        OutboxService,
        MailDelivery,
        ...RESOLVERS,
      ],
    };
  }
}
