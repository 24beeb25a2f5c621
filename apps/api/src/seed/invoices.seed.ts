// Demo invoices, so the accountant has books to look at: every past month of the demo year is
// invoiced on the 2nd of the month after and paid a couple of weeks later, except last month's,
// which is still open; one invoice was credited and reissued; the current month is a DRAFT.
// Everything goes through InvoicesService (numbers, locks, log entries), with its clock set to
// each issue day. Runs last: its log entries come after the backfilled accountability log.
import type { INestApplicationContext } from '@nestjs/common';
import { addDays, addMonths, dateInTimeZone, monthOfDate } from '@allot/domain';
import type { DataSource } from 'typeorm';
import { withUnitOfWork, type Principal } from '../database/request-scope.js';
import { InvoiceClock } from '../modules/invoices/invoice-clock.js';
import { InvoicesService } from '../modules/invoices/invoices.service.js';

const TIME_ZONE = 'Europe/Berlin';
const MONTHS_BACK = 12;

export async function seedInvoices(app: INestApplicationContext, dataSource: DataSource, leader: Principal): Promise<void> {
  const invoices = app.get(InvoicesService);
  const clock = app.get(InvoiceClock);
  const realNow = clock.now;
  const today = dateInTimeZone(new Date(), TIME_ZONE);
  const thisMonth = monthOfDate(today);
  const noonOf = (date: string) => new Date(`${date}T10:00:00Z`);
  const notAfterToday = (date: string) => (date > today ? today : date);
  try {
    for (let back = MONTHS_BACK; back >= 1; back--) {
      const month = addMonths(thisMonth, -back);
      const issueDate = notAfterToday(`${addMonths(month, 1)}-02`);
      clock.now = () => noonOf(issueDate);
      const issued = await withUnitOfWork(dataSource, leader, async () => {
        const drafts = await invoices.generate(leader, month);
        const done = [];
        for (const draft of drafts) if (draft.status === 'DRAFT') done.push(await invoices.issue(leader, draft.id));
        return done;
      });
      // One invoice corrected by a credit note and issued again, as happens.
      if (back === 4 && issued.length > 0) {
        await withUnitOfWork(dataSource, leader, async () => {
          await invoices.credit(leader, issued[0]!.id, 'Issued before the board off-site adjustment was agreed; reissued.');
          const [again] = (await invoices.generate(leader, month)).filter((invoice) => invoice.clientId === issued[0]!.clientId);
          if (again?.status === 'DRAFT') issued[0] = await invoices.issue(leader, again.id);
        });
      }
      // Paid about two weeks after issue; last month's invoices are still open.
      if (back >= 2) {
        clock.now = () => noonOf(today);
        await withUnitOfWork(dataSource, leader, async () => {
          for (const [index, invoice] of issued.entries()) {
            await invoices.markPaid(leader, invoice.id, notAfterToday(addDays(invoice.issueDate!, 9 + (index % 3) * 4)));
          }
        });
      }
    }
    clock.now = realNow;
    await withUnitOfWork(dataSource, leader, () => invoices.generate(leader, thisMonth));
  } finally {
    clock.now = realNow;
  }
}
