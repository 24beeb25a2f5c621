// Meetings of a client engagement. Private notes live in a table of their own whose policy hides
// them from any client-viewer request, so even a query that selects them cannot leak them.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMeetings1767226000000 implements MigrationInterface {
  name = 'CreateMeetings1767226000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE meetings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        client_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('LEADERSHIP', 'BOARD', 'ONE_ON_ONE', 'WORKSHOP', 'STEERING', 'OTHER')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
        attendees text[] NOT NULL DEFAULT '{}' CHECK (cardinality(attendees) <= 50),
        agenda text NOT NULL DEFAULT '' CHECK (length(agenda) <= 10000),
        shared_notes text NOT NULL DEFAULT '' CHECK (length(shared_notes) <= 20000),
        time_entry_id uuid,
        recorded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at AND ends_at <= starts_at + interval '24 hours'),
        CHECK ((status = 'HELD') = (recorded_at IS NOT NULL)),
        FOREIGN KEY (workspace_id, client_id) REFERENCES clients (workspace_id, id),
        UNIQUE (workspace_id, id)
      );
      CREATE INDEX meetings_client_start_idx ON meetings (workspace_id, client_id, starts_at);
      CREATE INDEX meetings_start_idx ON meetings (workspace_id, starts_at);

      CREATE TABLE meeting_private_notes (
        meeting_id uuid PRIMARY KEY,
        workspace_id uuid NOT NULL,
        notes text NOT NULL CHECK (length(notes) <= 20000),
        FOREIGN KEY (workspace_id, meeting_id) REFERENCES meetings (workspace_id, id) ON DELETE CASCADE
      );
      CREATE INDEX meeting_private_notes_workspace_idx ON meeting_private_notes (workspace_id, meeting_id);

      ALTER TABLE meetings ENABLE ROW LEVEL SECURITY;
      ALTER TABLE meeting_private_notes ENABLE ROW LEVEL SECURITY;
      CREATE POLICY meetings_access ON meetings
        USING (workspace_id = app_workspace_id() AND (app_client_id() IS NULL OR client_id = app_client_id()))
        WITH CHECK (workspace_id = app_workspace_id() AND (app_client_id() IS NULL OR client_id = app_client_id()));
      CREATE POLICY meeting_private_notes_access ON meeting_private_notes
        USING (workspace_id = app_workspace_id() AND app_client_id() IS NULL)
        WITH CHECK (workspace_id = app_workspace_id() AND app_client_id() IS NULL);

      -- time_entries.meeting_id comes from an earlier migration; link it now that meetings exist.
      ALTER TABLE time_entries ADD CONSTRAINT time_entries_meeting_fkey
        FOREIGN KEY (workspace_id, meeting_id) REFERENCES meetings (workspace_id, id);

      GRANT SELECT, INSERT, UPDATE ON meetings TO allot_app;
      GRANT SELECT, INSERT, UPDATE ON meeting_private_notes TO allot_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE time_entries DROP CONSTRAINT time_entries_meeting_fkey;
      DROP TABLE meeting_private_notes;
      DROP TABLE meetings;
    `);
  }
}
