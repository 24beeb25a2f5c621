import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { MeetingKindEnum, MeetingStatusEnum } from '../../graphql/enums.js';

@Entity({ name: 'meetings' })
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId: string;
  @Column({ name: 'client_id', type: 'uuid' }) clientId: string;
  @Column({ type: 'text' }) kind: MeetingKindEnum;
  @Column({ type: 'text' }) title: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt: Date;
  @Column({ type: 'text' }) status: MeetingStatusEnum;
  @Column({ type: 'text', array: true }) attendees: string[];
  @Column({ type: 'text' }) agenda: string;
  @Column({ name: 'shared_notes', type: 'text' }) sharedNotes: string;
  @Column({ name: 'time_entry_id', type: 'uuid', nullable: true }) timeEntryId: string | null;
  @Column({ name: 'recorded_at', type: 'timestamptz', nullable: true }) recordedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** The leader's own notes: a table of its own that RLS hides from client viewers. */
@Entity({ name: 'meeting_private_notes' })
export class MeetingPrivateNotesEntity {
  @Column({ name: 'meeting_id', type: 'uuid', primary: true }) meetingId: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId: string;
  @Column({ type: 'text' }) notes: string;
}
