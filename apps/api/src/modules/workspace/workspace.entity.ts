import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { numericTransformer } from '../../database/transformers.js';

@Entity({ name: 'workspaces' })
export class WorkspaceEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  timezone: string;

  @Column({ type: 'text' })
  currency: string;

  @Column({ name: 'minutes_per_day', type: 'integer' })
  minutesPerDay: number;

  @Column({ name: 'capacity_days_per_month', type: 'numeric', transformer: numericTransformer })
  capacityDaysPerMonth: number;

  @Column({ name: 'legal_name', type: 'text' })
  legalName: string;

  @Column({ name: 'address_line', type: 'text' })
  addressLine: string;

  @Column({ type: 'text' })
  city: string;

  @Column({ name: 'postal_code', type: 'text' })
  postalCode: string;

  @Column({ type: 'text' })
  country: string;

  @Column({ name: 'vat_id', type: 'text', nullable: true })
  vatId: string | null;

  @Column({ name: 'invoice_number_prefix', type: 'text' })
  invoiceNumberPrefix: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
