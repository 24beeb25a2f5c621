// Refuses a burst of logins per e-mail and per client IP for a while, so passwords cannot be
// guessed at speed. Kept in process memory: a restart or a second instance resets the counters,
// which is acceptable for throttling (argon2id already makes each guess slow).
// Hand-written because @nestjs/throttler is CommonJS requiring the ESM-only @nestjs/common 12,
// which Jest's module runtime cannot load on Node 20.
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { TooManyRequestsError } from '../common/errors.js';

interface Window {
  hits: number;
  resetsAt: number;
}

@Injectable()
export class LoginThrottle implements OnApplicationShutdown {
  private readonly windows = new Map<string, Window>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  /** Counts one attempt; throws TOO_MANY_REQUESTS once a key is over its limit in the window. */
  hit(email: string, ip: string, now = Date.now()): void {
    const checks: Array<[string, number]> = [
      [`email:${email.toLowerCase()}`, this.config.loginLimitPerEmail],
      [`ip:${ip}`, this.config.loginLimitPerIp],
    ];
    for (const [key, limit] of checks) {
      let window = this.windows.get(key);
      if (!window || window.resetsAt <= now) {
        window = { hits: 0, resetsAt: now + this.config.loginLimitWindowSeconds * 1000 };
        this.windows.set(key, window);
      }
      window.hits += 1;
      if (window.hits > limit) throw new TooManyRequestsError(Math.max(1, Math.ceil((window.resetsAt - now) / 1000)));
    }
  }

  private sweep(now = Date.now()): void {
    for (const [key, window] of this.windows) if (window.resetsAt <= now) this.windows.delete(key);
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }
}
