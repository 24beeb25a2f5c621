// The outbox: every e-mail Allot sends (or would send) is a row here, written in the same
// transaction as the change that causes it, together with the job that delivers it (pg-boss, in
// its own schema: see apps/api/src/jobs). A rolled-back change leaves neither; a committed one
// leaves both, whatever happens to the process afterwards.
//
// Who touches it:
// - the app, in the enqueuing transaction: a leader's request (an invitation) inserts a message,
//   queued and untried;
// - the delivery worker, as the workspace's SYSTEM actor (app.role = 'SYSTEM', never a member's
//   role: memberships only hold LEADER, ACCOUNTANT and CLIENT_VIEWER), records each attempt. Only
//   the delivery columns are granted for UPDATE, so nobody rewrites what was sent;
// - the workspace's leader reads it (Settings → Outbox). Nobody deletes a message.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const IN_WORKSPACE = `workspace_id = app_workspace_id()`;

export class CreateOutbox1767226600000 implements MigrationInterface {
  name = 'CreateOutbox1767226600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_messages (
        id uuid PRIMARY KEY,
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        -- Which template made it (INVITATION, and later PASSWORD_RESET, INVOICE, REMINDER, …).
        kind text NOT NULL CHECK (kind ~ '^[A-Z][A-Z_]{0,39}$'),
        recipient text NOT NULL CHECK (length(recipient) BETWEEN 3 AND 320),
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
        html text NOT NULL CHECK (length(html) <= 500000),
        text text NOT NULL CHECK (length(text) <= 100000),
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'NOT_SENT')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error text CHECK (length(last_error) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
      );
      -- The outbox page lists a workspace's messages newest first.
      CREATE INDEX outbox_messages_workspace_idx ON outbox_messages (workspace_id, created_at DESC, id);

      ALTER TABLE outbox_messages ENABLE ROW LEVEL SECURITY;
      ALTER TABLE outbox_messages FORCE ROW LEVEL SECURITY;
      CREATE POLICY outbox_messages_read ON outbox_messages FOR SELECT
        USING (${IN_WORKSPACE} AND app_role() IN ('LEADER', 'SYSTEM'));
      -- A new message is queued and untried, whoever writes it.
      CREATE POLICY outbox_messages_enqueue ON outbox_messages FOR INSERT
        WITH CHECK (${IN_WORKSPACE} AND app_role() IN ('LEADER', 'SYSTEM')
                    AND status = 'QUEUED' AND attempts = 0 AND last_error IS NULL AND sent_at IS NULL);
      CREATE POLICY outbox_messages_deliver ON outbox_messages FOR UPDATE
        USING (${IN_WORKSPACE} AND app_role() = 'SYSTEM') WITH CHECK (${IN_WORKSPACE} AND app_role() = 'SYSTEM');
      GRANT SELECT, INSERT ON outbox_messages TO allot_app;
      GRANT UPDATE (status, attempts, last_error, sent_at, updated_at) ON outbox_messages TO allot_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE outbox_messages`);
  }
}
