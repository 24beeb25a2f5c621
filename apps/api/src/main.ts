// Builds and starts the HTTP server: GraphQL at /graphql, downloads under /api, health under
// /health, and the built web app at /.
import 'reflect-metadata';
import { Logger, type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { DatabaseUnavailableFilter } from './database/database-unavailable.filter.js';
import { createValidationPipe } from './common/validation.pipe.js';
import { WellFormedTextPipe } from './common/well-formed-text.pipe.js';
import type { AppConfig } from './config/config.js';
import { RequestScope, runInScope } from './database/request-scope.js';
import { RequestAuthenticator } from './auth/request-authenticator.js';

export interface StartedApp {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

function defaultWebDist(): string | undefined {
  // From apps/api/dist/apps/api/src (built) or apps/api/src (tests) up to apps/web/dist.
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, '../../../../../web/dist'), path.resolve(here, '../../web/dist')];
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html')));
}

export async function createApp(config: AppConfig, options: { logger?: LogLevel[] | false } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: options.logger ?? (config.nodeEnv === 'test' ? ['error', 'warn'] : ['log', 'error', 'warn']),
    bufferLogs: false,
  });
  const dataSource = app.get(DataSource);
  // Trusting no proxy unless told: with the old 'loopback', anything on the machine (or a proxy
  // that passes the header through) could pick its own req.ip per request and dodge the per-client
  // log-in throttle.
  app.set('trust proxy', config.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  // gzip or brotli for whatever is worth it (the web app's bundles, large JSON answers, CSV, XML),
  // when the client accepts it; streamed exports stay streamed.
  app.use(compression());
  app.use(cookieParser());
  // Every API request gets its own scope (and, lazily, its own transaction), authenticated once
  // here, before anything executes. The operation using the scope decides how its transaction
  // ends; a client that goes away early only makes an unheld scope roll back (see RequestScope).
  const authenticator = app.get(RequestAuthenticator);
  app.use(['/graphql', '/api'], (req: Request, res: Response, next: NextFunction) => {
    const scope = new RequestScope(dataSource);
    scope.ip = req.ip ?? 'unknown';
    scope.userAgent = (req.get('user-agent') ?? '').slice(0, 300);
    (req as Request & { allotScope?: RequestScope }).allotScope = scope;
    scope.enter();
    res.on('close', () => {
      void scope
        .abandon()
        .then(() => scope.exit())
        .catch(() => undefined);
    });
    runInScope(scope, () => {
      authenticator.authenticate(req, res).then(() => next(), next);
    });
  });
  app.useGlobalPipes(new WellFormedTextPipe(), createValidationPipe());
  app.useGlobalFilters(new DatabaseUnavailableFilter(app.getHttpAdapter()));

  const webDist = config.webDistDir ?? defaultWebDist();
  if (webDist) {
    // Vite names every file under assets/ by its content hash: a browser may keep it for good.
    // Everything else (index.html, favicon) is revalidated, so a new release is picked up at once.
    app.use('/assets', express.static(path.join(webDist, 'assets'), { index: false, fallthrough: false, maxAge: '365d', immutable: true }));
    app.use(express.static(webDist, { index: false, maxAge: 0 }));
    app.use((req: Request, res: Response, next: NextFunction) => {
      const apiPath = /^\/(graphql|api|health)(\/|$)/.test(req.path);
      if (req.method !== 'GET' || apiPath || path.extname(req.path)) return next();
      res.sendFile(path.join(webDist, 'index.html'), { headers: { 'Cache-Control': 'no-cache' } });
    });
  }
  app.enableShutdownHooks();
  return app;
}

/**
 * Starts listening once `beforeListen` (e.g. seeding the demo) is done, so that readiness
 * means the app is ready to use.
 */
export async function startServer(config: AppConfig, beforeListen?: (app: NestExpressApplication) => Promise<void>): Promise<StartedApp> {
  const app = await createApp(config);
  await app.init();
  if (beforeListen) await beforeListen(app);
  await app.listen(config.port, '0.0.0.0');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  new Logger('Allot').log(`Serving on ${url} (web at /, GraphQL at /graphql)`);
  return { app, url, close: () => app.close() };
}
