// The accountability log (append-only, hash-chained per client) and deliverables.
//
// log_entries is append-only at every level: allot_app is granted SELECT and INSERT only, and a
// trigger refuses UPDATE, DELETE and TRUNCATE for everyone else, the owner included. A second
// trigger refuses an entry that does not link to its predecessor (seq + 1, prev_hash = its hash,
// never earlier in time), so even a buggy or concurrent writer cannot fork the chain. Appends are
// serialised per client by taking the client's chain head row in log_heads FOR UPDATE; the head
// also lets verification notice entries cut off the end of the log.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateLogAndDeliverables1767225800000 implements MigrationInterface {
  name = 'CreateLogAndDeliverables1767225800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE log_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        client_id uuid NOT NULL,
        seq integer NOT NULL CHECK (seq >= 1),
        kind text NOT NULL CHECK (kind IN ('DECISION', 'COMMITMENT', 'ACTION_ITEM', 'RISK', 'OUTCOME', 'NOTE', 'COMMENT', 'STATUS_CHANGE', 'SYSTEM')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
        body text NOT NULL DEFAULT '' CHECK (length(body) <= 20000),
        owner text CHECK (length(owner) BETWEEN 1 AND 200),
        due_date date,
        refers_to_id uuid,
        author_id uuid REFERENCES users (id),
        -- Kept to the millisecond: the API shows milliseconds, and the hash is over what it shows.
        occurred_at timestamptz NOT NULL CHECK (occurred_at = date_trunc('milliseconds', occurred_at)),
        -- For STATUS_CHANGE: the action item's new status, also spelled out in the hashed title.
        action_status text CHECK (action_status IN ('OPEN', 'DONE', 'DROPPED')),
        prev_hash text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
        hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
        FOREIGN KEY (workspace_id, client_id) REFERENCES clients (workspace_id, id),
        UNIQUE (workspace_id, client_id, seq),
        UNIQUE (workspace_id, client_id, id),
        -- An entry refers only to an entry of the same client.
        FOREIGN KEY (workspace_id, client_id, refers_to_id) REFERENCES log_entries (workspace_id, client_id, id),
        CHECK (kind <> 'SYSTEM' OR author_id IS NULL),
        CHECK ((kind = 'STATUS_CHANGE') = (action_status IS NOT NULL)),
        CHECK (kind <> 'STATUS_CHANGE' OR refers_to_id IS NOT NULL),
        CHECK (action_status IS NULL OR title LIKE (CASE action_status WHEN 'OPEN' THEN 'Reopened: %' WHEN 'DONE' THEN 'Done: %' ELSE 'Dropped: %' END))
      );
      CREATE INDEX log_entries_status_changes_idx ON log_entries (workspace_id, refers_to_id, seq) WHERE kind = 'STATUS_CHANGE';
      CREATE INDEX log_entries_action_items_idx ON log_entries (workspace_id, client_id, due_date) WHERE kind = 'ACTION_ITEM';
      CREATE INDEX log_entries_author_idx ON log_entries (workspace_id, author_id) WHERE author_id IS NOT NULL;

      CREATE TABLE log_heads (
        workspace_id uuid NOT NULL,
        client_id uuid NOT NULL,
        seq integer NOT NULL CHECK (seq >= 0),
        hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
        occurred_at timestamptz,
        PRIMARY KEY (workspace_id, client_id),
        FOREIGN KEY (workspace_id, client_id) REFERENCES clients (workspace_id, id)
      );

      CREATE FUNCTION log_entries_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        RAISE EXCEPTION 'The accountability log is append-only: % on log_entries is refused', TG_OP
          USING ERRCODE = 'restrict_violation';
      END $f$;
      CREATE TRIGGER log_entries_append_only BEFORE UPDATE OR DELETE ON log_entries
        FOR EACH ROW EXECUTE FUNCTION log_entries_refuse_change();
      CREATE TRIGGER log_entries_no_truncate BEFORE TRUNCATE ON log_entries
        FOR EACH STATEMENT EXECUTE FUNCTION log_entries_refuse_change();

      CREATE FUNCTION log_entries_check_link() RETURNS trigger LANGUAGE plpgsql AS $f$
      DECLARE
        previous record;
      BEGIN
        IF NEW.seq = 1 THEN
          IF NEW.prev_hash <> repeat('0', 64) THEN
            RAISE EXCEPTION 'The first log entry of a client must link to the genesis hash' USING ERRCODE = 'check_violation';
          END IF;
          RETURN NEW;
        END IF;
        SELECT hash, occurred_at INTO previous FROM log_entries
          WHERE workspace_id = NEW.workspace_id AND client_id = NEW.client_id AND seq = NEW.seq - 1;
        IF NOT FOUND OR previous.hash <> NEW.prev_hash THEN
          RAISE EXCEPTION 'Log entry % does not link to entry %', NEW.seq, NEW.seq - 1 USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.occurred_at < previous.occurred_at THEN
          RAISE EXCEPTION 'Log entry % is dated before entry %', NEW.seq, NEW.seq - 1 USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $f$;
      CREATE TRIGGER log_entries_link BEFORE INSERT ON log_entries
        FOR EACH ROW EXECUTE FUNCTION log_entries_check_link();

      CREATE TABLE deliverables (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        client_id uuid NOT NULL,
        -- Optional: the retainer (of the same client) the work is done under.
        retainer_id uuid,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
        due_date date,
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DELIVERED', 'ACCEPTED', 'CANCELLED')),
        delivered_at timestamptz,
        accepted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (workspace_id, client_id) REFERENCES clients (workspace_id, id),
        FOREIGN KEY (workspace_id, client_id, retainer_id) REFERENCES retainers (workspace_id, client_id, id),
        UNIQUE (workspace_id, id),
        UNIQUE (workspace_id, client_id, id),
        CHECK ((status IN ('DELIVERED', 'ACCEPTED')) = (delivered_at IS NOT NULL)),
        CHECK ((status = 'ACCEPTED') = (accepted_at IS NOT NULL))
      );
      CREATE INDEX deliverables_client_due_idx ON deliverables (workspace_id, client_id, due_date);

      -- time_entries (1767225700000) was created before deliverables existed; link it now.
      ALTER TABLE time_entries ADD CONSTRAINT time_entries_deliverable_fkey
        FOREIGN KEY (workspace_id, client_id, deliverable_id) REFERENCES deliverables (workspace_id, client_id, id);

      ALTER TABLE log_entries ENABLE ROW LEVEL SECURITY;
      ALTER TABLE log_heads ENABLE ROW LEVEL SECURITY;
      ALTER TABLE deliverables ENABLE ROW LEVEL SECURITY;

      CREATE POLICY log_entries_access ON log_entries
        USING (workspace_id = app_workspace_id() AND (app_client_id() IS NULL OR client_id = app_client_id()))
        WITH CHECK (workspace_id = app_workspace_id() AND (app_client_id() IS NULL OR client_id = app_client_id()));
      CREATE POLICY log_heads_access ON log_heads
        USING (workspace_id = app_workspace_id() AND (app_client_id() IS NULL OR client_id = app_client_id()))
        WITH CHECK (workspace_id = app_workspace_id() AND (app_client_id() IS NULL OR client_id = app_client_id()));
      CREATE POLICY deliverables_access ON deliverables
        USING (workspace_id = app_workspace_id() AND (app_client_id() IS NULL OR client_id = app_client_id()))
        WITH CHECK (workspace_id = app_workspace_id() AND (app_client_id() IS NULL OR client_id = app_client_id()));

      -- A log shows who wrote each entry: a client viewer may read the authors of the entries
      -- they can see (log_entries' own policy limits that to their client), and no one else.
      CREATE POLICY users_log_authors ON users FOR SELECT
        USING (EXISTS (SELECT 1 FROM log_entries l WHERE l.workspace_id = app_workspace_id() AND l.author_id = users.id));

      GRANT SELECT, INSERT ON log_entries TO allot_app;
      GRANT SELECT, INSERT, UPDATE (seq, hash, occurred_at) ON log_heads TO allot_app;
      GRANT SELECT, INSERT, UPDATE (retainer_id, title, description, due_date, status, delivered_at, accepted_at, updated_at)
        ON deliverables TO allot_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP POLICY users_log_authors ON users;
      ALTER TABLE time_entries DROP CONSTRAINT time_entries_deliverable_fkey;
      DROP TABLE deliverables;
      DROP TABLE log_heads;
      DROP TABLE log_entries;
      DROP FUNCTION log_entries_check_link();
      DROP FUNCTION log_entries_refuse_change();
    `);
  }
}
