import { Column, Entity, PrimaryColumn } from 'typeorm';

export type LogKindValue = 'DECISION' | 'COMMITMENT' | 'ACTION_ITEM' | 'RISK' | 'OUTCOME' | 'NOTE' | 'COMMENT' | 'STATUS_CHANGE' | 'SYSTEM';

export type ActionStatusValue = 'OPEN' | 'DONE' | 'DROPPED';

/** One accountability-log entry as stored. Rows are only ever inserted. */
@Entity({ name: 'log_entries' })
export class LogEntryEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'text' })
  kind: LogKindValue;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', nullable: true })
  owner: string | null;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ name: 'refers_to_id', type: 'uuid', nullable: true })
  refersToId: string | null;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** For STATUS_CHANGE: the new status of the action item it refers to. */
  @Column({ name: 'action_status', type: 'text', nullable: true })
  actionStatus: ActionStatusValue | null;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;
}
