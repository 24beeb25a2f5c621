// Refuses a burst of logins per e-mail and per client IP for a while, so passwords cannot be
// guessed at speed. Kept in process memory: a restart or a second instance resets the counters,
// which is acceptable for throttling (it is not the only defence: argon2id makes each guess slow).
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorageService } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { TooManyRequestsError } from '../common/errors.js';

@Injectable()
export class LoginThrottle implements OnApplicationShutdown {
  private readonly storage = new ThrottlerStorageService();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async hit(email: string, ip: string): Promise<void> {
    const windowMs = this.config.loginLimitWindowSeconds * 1000;
    const checks: Array<[string, number]> = [
      [`email:${email.toLowerCase()}`, this.config.loginLimitPerEmail],
      [`ip:${ip}`, this.config.loginLimitPerIp],
    ];
    for (const [key, limit] of checks) {
      const record = await this.storage.increment(key, windowMs, limit, windowMs, 'login');
      if (record.isBlocked) throw new TooManyRequestsError(Math.max(1, Math.ceil(record.timeToBlockExpire)));
    }
  }

  onApplicationShutdown(): void {
    this.storage.onApplicationShutdown();
  }
}
