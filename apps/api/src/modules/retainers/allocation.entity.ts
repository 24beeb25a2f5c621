import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { numericTransformer } from '../../database/transformers.js';

/** Days per month and fee from `effectiveMonth` on (one per retainer and month). */
@Entity({ name: 'allocation_amendments' })
export class AllocationAmendmentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'retainer_id', type: 'uuid' })
  retainerId: string;

  @Column({ name: 'effective_month', type: 'text' })
  effectiveMonth: string;

  @Column({ name: 'days_per_month', type: 'numeric', transformer: numericTransformer })
  daysPerMonth: number;

  @Column({ name: 'monthly_fee_minor', type: 'bigint', transformer: numericTransformer })
  monthlyFeeMinor: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One-off extra (or fewer) days for one month. */
@Entity({ name: 'allocation_adjustments' })
export class AllocationAdjustmentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'retainer_id', type: 'uuid' })
  retainerId: string;

  @Column({ type: 'text' })
  month: string;

  @Column({ type: 'numeric', transformer: numericTransformer })
  days: number;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
