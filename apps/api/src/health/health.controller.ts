// Liveness says the process serves requests; readiness says the database answers too, so a load
// balancer stops sending traffic while PostgreSQL is away and resumes when it is back.
import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/decorators.js';

const READY_TIMEOUT_MS = 2000;

@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Public()
  @Get('live')
  live(): { status: string } {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('database did not answer in time')), READY_TIMEOUT_MS).unref()),
      ]);
      res.status(HttpStatus.OK).json({ status: 'ok', database: 'up' });
    } catch (error) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({
        status: 'unavailable',
        database: 'down',
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }
}
