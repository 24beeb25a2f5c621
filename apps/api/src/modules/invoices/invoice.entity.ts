import { Column, Entity, PrimaryColumn } from 'typeorm';
import { numericTransformer } from '../../database/transformers.js';
import type { InvoiceKindValue, InvoiceParty, InvoiceStatusValue } from './invoice-document.js';

@Entity({ name: 'invoices' })
export class InvoiceEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ type: 'text' })
  kind: InvoiceKindValue;

  @Column({ type: 'text' })
  status: InvoiceStatusValue;

  /** Null while DRAFT. */
  @Column({ type: 'text', nullable: true })
  number: string | null;

  @Column({ name: 'period_month', type: 'text' })
  periodMonth: string;

  /** 'YYYY-MM-DD' (never a Date: no time zone may shift it). */
  @Column({ name: 'issue_date', type: 'date', nullable: true })
  issueDate: string | null;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'text' })
  currency: string;

  @Column({ name: 'reverse_charge', type: 'boolean' })
  reverseCharge: boolean;

  @Column({ name: 'payment_terms_days', type: 'integer' })
  paymentTermsDays: number;

  @Column({ name: 'net_total_minor', type: 'bigint', transformer: numericTransformer })
  netTotalMinor: number;

  @Column({ name: 'vat_total_minor', type: 'bigint', transformer: numericTransformer })
  vatTotalMinor: number;

  @Column({ name: 'gross_total_minor', type: 'bigint', transformer: numericTransformer })
  grossTotalMinor: number;

  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn: string | null;

  @Column({ name: 'credited_invoice_id', type: 'uuid', nullable: true })
  creditedInvoiceId: string | null;

  @Column({ name: 'credit_reason', type: 'text', nullable: true })
  creditReason: string | null;

  /** The seller as it was when issued; null while DRAFT. */
  @Column({ type: 'jsonb', nullable: true })
  seller: InvoiceParty | null;

  @Column({ type: 'jsonb', nullable: true })
  buyer: InvoiceParty | null;

  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', insert: false })
  updatedAt: Date;
}

@Entity({ name: 'invoice_lines' })
export class InvoiceLineEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @PrimaryColumn({ name: 'invoice_id', type: 'uuid' })
  invoiceId: string;

  @PrimaryColumn({ type: 'integer' })
  position: number;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'numeric', transformer: numericTransformer })
  quantity: number;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode: 'MON' | 'DAY';

  @Column({ name: 'unit_price_minor', type: 'bigint', transformer: numericTransformer })
  unitPriceMinor: number;

  @Column({ name: 'net_minor', type: 'bigint', transformer: numericTransformer })
  netMinor: number;

  @Column({ name: 'vat_rate_percent', type: 'numeric', transformer: numericTransformer })
  vatRatePercent: number;

  @Column({ name: 'reverse_charge', type: 'boolean' })
  reverseCharge: boolean;
}
