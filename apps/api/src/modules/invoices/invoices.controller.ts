// The downloads: an invoice's PDF and UBL e-invoice, and the accountant's CSV export. Same
import { Allow } from '../../access/access-policy.js';
// credentials as GraphQL (Bearer token or the session cookie), same scope rules: an invoice
// outside the caller's scope — another workspace's, another client's, or a draft for a client
// viewer — answers 404 exactly like one that does not exist.
//
// PDF and UBL read everything first, end the request's transaction, then render and send. The
// CSV keeps its read-only transaction open while it streams, batch by batch, and ends it after.
import { monthDiff } from '@allot/domain';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentPrincipal } from '../../auth/decorators.js';
import { scopeOf } from '../../auth/jwt.strategy.js';
import { BadInputError, ConflictError } from '../../common/errors.js';
import type { Principal } from '../../database/request-scope.js';
import { csvRows, invoiceCsvStream } from './csv.export.js';
import { amountsOf, type InvoiceStatusValue } from './invoice-document.js';
import { renderPdf } from './pdf.renderer.js';
import { renderUbl } from './ubl.renderer.js';
import { checkMonth, EXPORT_DEFAULT_STATUSES, INVOICE_STATUSES, InvoicesService } from './invoices.service.js';

/** The longest period one CSV export covers. */
export const MAX_EXPORT_MONTHS = 120;

function fileName(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]+/g, '_');
}

@Controller('api')
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  @Get('invoices/:id/pdf')
  @Allow('invoice.read')
  async pdf(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const doc = await this.invoices.document(principal, id);
    await scopeOf(req).commit();
    const name = doc.number ?? `draft-${doc.periodMonth}-${id.slice(0, 8)}`;
    res.status(200);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${fileName(name)}.pdf"`);
    res.setHeader('Cache-Control', 'private, no-store');
    renderPdf(doc).pipe(res);
  }

  @Get('invoices/:id/ubl')
  @Allow('invoice.read')
  async ubl(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const doc = await this.invoices.document(principal, id);
    if (!doc.number) throw new ConflictError('A draft has no number yet: its UBL e-invoice exists once it is issued.');
    await scopeOf(req).commit();
    const xml = renderUbl(doc);
    res.status(200);
    res.setHeader('Content-Type', 'application/xml; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${fileName(doc.number)}.xml"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(xml);
  }

  @Get('exports/invoices.csv')
  @Allow('invoice.export')
  async csv(
    @CurrentPrincipal() principal: Principal,
    @Query('fromMonth') fromMonth: unknown,
    @Query('toMonth') toMonth: unknown,
    @Query('status') status: unknown,
    @Query('clientId') clientId: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const from = checkMonth(fromMonth, 'fromMonth');
    const to = checkMonth(toMonth, 'toMonth');
    if (to < from) throw new BadInputError('toMonth', `toMonth (${to}) must not be before fromMonth (${from}).`);
    if (monthDiff(from, to) >= MAX_EXPORT_MONTHS) throw new BadInputError('toMonth', `Export at most ${MAX_EXPORT_MONTHS} months at a time.`);
    const statuses = parseStatuses(status);
    const client = clientId === undefined || clientId === '' ? null : String(clientId);
    // Checked before the headers go out, so a client outside the scope answers 404.
    if (client) await this.invoices.requireClient(principal, client);

    const scope = scopeOf(req);
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="invoices-${from}-to-${to}.csv"`);
    res.setHeader('Cache-Control', 'private, no-store');
    const csv = invoiceCsvStream();
    csv.pipe(res);
    let gone = false;
    res.on('close', () => {
      gone = true;
    });
    try {
      await this.invoices.exportInvoices(principal, { fromMonth: from, toMonth: to, status: statuses, clientId: client }, async (invoice, lines, client) => {
        const rows = csvRows({
          number: invoice.number,
          kind: invoice.kind,
          status: invoice.status,
          issueDate: invoice.issueDate,
          dueDate: invoice.dueDate,
          clientLegalName: client.legalName,
          clientVatId: client.vatId,
          currency: invoice.currency,
          ...amountsOf(lines.map((line) => ({ ...line }))),
        });
        let ready = true;
        for (const row of rows) ready = csv.write(row) && ready;
        // Backpressure: wait for the client to take what was written before reading more.
        if (!ready && !gone) await new Promise<void>((resolve) => csv.once('drain', resolve).once('close', resolve));
        return !gone;
      });
      await scope.commit();
    } catch (error) {
      await scope.rollback();
      // Headers are gone already: cut the response so the client sees an incomplete download.
      res.destroy(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    csv.end();
  }
}

function parseStatuses(value: unknown): readonly InvoiceStatusValue[] {
  if (value === undefined || value === '') return EXPORT_DEFAULT_STATUSES;
  const parts = (Array.isArray(value) ? value : [value])
    .flatMap((part) => String(part).split(','))
    .map((part) => part.trim())
    .filter(Boolean);
  const unknown = parts.filter((part) => !INVOICE_STATUSES.includes(part as InvoiceStatusValue));
  if (parts.length === 0 || unknown.length > 0) {
    throw new BadInputError('status', `status must be a comma-separated list of ${INVOICE_STATUSES.join(', ')}.`);
  }
  return [...new Set(parts)] as InvoiceStatusValue[];
}
