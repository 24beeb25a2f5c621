import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'clients' })
export class ClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'text' })
  name: string;

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

  @Column({ name: 'billing_email', type: 'text' })
  billingEmail: string;

  @Column({ type: 'text' })
  currency: string;

  @Column({ type: 'boolean' })
  archived: boolean;

  /** Months up to and including this one are invoiced and locked (docs/rules.md, rule 9); see MonthLockService. */
  @Column({ name: 'locked_through_month', type: 'text', nullable: true, insert: false, update: false })
  lockedThroughMonth: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
