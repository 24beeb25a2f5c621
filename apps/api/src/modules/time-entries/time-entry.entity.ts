import { Column, Entity, PrimaryColumn } from 'typeorm';

export type TimeCategoryValue = 'MEETING' | 'DELIVERABLE' | 'ADVISORY' | 'ASYNC' | 'TRAVEL' | 'OTHER';

@Entity({ name: 'time_entries' })
export class TimeEntryEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'retainer_id', type: 'uuid' })
  retainerId: string;

  /** 'YYYY-MM-DD', the workspace's calendar date (never a Date: no time zone may shift it). */
  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'integer' })
  minutes: number;

  @Column({ type: 'text' })
  category: TimeCategoryValue;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'boolean' })
  billable: boolean;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  @Column({ name: 'deliverable_id', type: 'uuid', nullable: true })
  deliverableId: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  /** Millisecond precision in the database, so it round-trips through a Date for the paging cursor. */
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', insert: false })
  updatedAt: Date;
}
