// Each action item's current status, kept beside the append-only log. The status of an item is
// the last STATUS_CHANGE referring to it; working that out per request made counting open and
// overdue items (the dashboard, every client card) grow with the length of the log. A trigger
// on log_entries maintains this table in the inserting transaction, so it cannot drift from the
// log, whichever code path appends (API, meetings, seeds, bulk loads). It runs as its owner
// (SECURITY DEFINER): allot_app may read the table but never write it directly.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrackActionItemStatus1767226200000 implements MigrationInterface {
  name = 'TrackActionItemStatus1767226200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Appends wait until this migration commits: an entry written between the backfill and the
      -- trigger's creation (an older API instance during a rolling start) would otherwise be missed.
      LOCK TABLE log_entries IN SHARE ROW EXCLUSIVE MODE;

      CREATE TABLE action_item_states (
        workspace_id uuid NOT NULL,
        client_id uuid NOT NULL,
        item_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN', 'DONE', 'DROPPED')),
        due_date date,
        PRIMARY KEY (workspace_id, item_id),
        FOREIGN KEY (workspace_id, client_id, item_id) REFERENCES log_entries (workspace_id, client_id, id)
      );
      CREATE INDEX action_item_states_open_idx ON action_item_states (workspace_id, client_id, due_date) WHERE status = 'OPEN';

      INSERT INTO action_item_states (workspace_id, client_id, item_id, status, due_date)
      SELECT a.workspace_id, a.client_id, a.id,
             COALESCE((SELECT s.action_status FROM log_entries s
                        WHERE s.workspace_id = a.workspace_id AND s.refers_to_id = a.id AND s.kind = 'STATUS_CHANGE'
                        ORDER BY s.seq DESC LIMIT 1), 'OPEN'),
             a.due_date
        FROM log_entries a
       WHERE a.kind = 'ACTION_ITEM';

      CREATE FUNCTION log_entries_track_action_item() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
      BEGIN
        IF NEW.kind = 'ACTION_ITEM' THEN
          INSERT INTO action_item_states (workspace_id, client_id, item_id, status, due_date)
          VALUES (NEW.workspace_id, NEW.client_id, NEW.id, 'OPEN', NEW.due_date);
        ELSE
          -- Appends are serialised per client (log_heads), so changes land in seq order.
          UPDATE action_item_states SET status = NEW.action_status
           WHERE workspace_id = NEW.workspace_id AND client_id = NEW.client_id AND item_id = NEW.refers_to_id;
        END IF;
        RETURN NULL;
      END $f$;
      REVOKE ALL ON FUNCTION log_entries_track_action_item() FROM PUBLIC;
      -- Only the per-request status lookups used it.
      DROP INDEX log_entries_status_changes_idx;
      CREATE TRIGGER log_entries_action_item_state AFTER INSERT ON log_entries
        FOR EACH ROW WHEN (NEW.kind IN ('ACTION_ITEM', 'STATUS_CHANGE'))
        EXECUTE FUNCTION log_entries_track_action_item();

      ALTER TABLE action_item_states ENABLE ROW LEVEL SECURITY;
      CREATE POLICY action_item_states_access ON action_item_states
        USING (workspace_id = app_workspace_id() AND (app_client_id() IS NULL OR client_id = app_client_id()))
        WITH CHECK (workspace_id = app_workspace_id() AND (app_client_id() IS NULL OR client_id = app_client_id()));
      GRANT SELECT ON action_item_states TO allot_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TRIGGER log_entries_action_item_state ON log_entries;
      DROP FUNCTION log_entries_track_action_item();
      DROP TABLE action_item_states;
      CREATE INDEX log_entries_status_changes_idx ON log_entries (workspace_id, refers_to_id, seq) WHERE kind = 'STATUS_CHANGE';
    `);
  }
}
