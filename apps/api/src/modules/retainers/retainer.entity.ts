import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { numericTransformer } from '../../database/transformers.js';

export type RetainerRoleValue = 'CTO' | 'CIO' | 'CAIO' | 'ADVISOR' | 'OTHER';
export type RolloverValue = 'NONE' | 'CARRY_FORWARD';
export type OverageValue = 'BILL' | 'ABSORB';

@Entity({ name: 'retainers' })
export class RetainerEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  role: RetainerRoleValue;

  @Column({ name: 'start_month', type: 'text' })
  startMonth: string;

  @Column({ name: 'end_month', type: 'text', nullable: true })
  endMonth: string | null;

  @Column({ type: 'text' })
  rollover: RolloverValue;

  @Column({ name: 'rollover_cap_days', type: 'numeric', nullable: true, transformer: numericTransformer })
  rolloverCapDays: number | null;

  @Column({ name: 'rollover_expiry_months', type: 'integer', nullable: true })
  rolloverExpiryMonths: number | null;

  @Column({ type: 'text' })
  overage: OverageValue;

  /** bigint in the database; amounts stay far below 2^53, so a number is exact. */
  @Column({ name: 'overage_day_rate_minor', type: 'bigint', transformer: numericTransformer })
  overageDayRateMinor: number;

  @Column({ name: 'vat_rate_percent', type: 'numeric', transformer: numericTransformer })
  vatRatePercent: number;

  @Column({ name: 'reverse_charge', type: 'boolean' })
  reverseCharge: boolean;

  @Column({ name: 'payment_terms_days', type: 'integer' })
  paymentTermsDays: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
