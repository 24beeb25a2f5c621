import type { DeliverableStatus } from '@allot/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The domain's statuses (libs/domain deliverables.ts holds who may move between them). */
export type DeliverableStatusValue = DeliverableStatus;

@Entity({ name: 'deliverables' })
export class DeliverableEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'retainer_id', type: 'uuid', nullable: true })
  retainerId: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'text' })
  status: DeliverableStatusValue;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
