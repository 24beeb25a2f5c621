// The instant invoicing takes as "now" (issue dates, years of numbers, payment dates). Injected so
// that tests can issue on 31 December and 1 January without waiting for them.
import { Injectable } from '@nestjs/common';

@Injectable()
export class InvoiceClock {
  now(): Date {
    return new Date();
  }
}
