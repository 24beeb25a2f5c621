// Tenancy and roles enforced by PostgreSQL as well as by the application:
//
// - The application logs in as allot_login: not a superuser, owner of nothing, NOINHERIT. It holds
//   no privilege of its own; a request transaction gets allot_app's with SET LOCAL ROLE. A
//   statement that escapes its transaction (sent after COMMIT or ROLLBACK) therefore runs with
//   no privileges at all and fails, instead of autocommitting as the owner.
// - Every tenant table forces row-level security, so even the owner (when it is not a
//   superuser) meets the policies.
// - Write policies follow the roles (app.role): only a leader writes workspaces, clients,
//   retainers and allocations, time, meetings, deliverables, invitations and invoices; an
//   accountant only marks issued invoices paid; a client viewer writes only comments (and the
//   system entries of its own moves) to its own client's log, and accepts or sends back its own
//   client's delivered deliverables.
// - A chain's head (log_heads) is written only by a trigger in the statement that inserts the
//   entry, so the head can no longer diverge from the entries it summarises.
// - Sessions: one row per sign-in, checked on every request, revoked by logging out.
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table that carries workspace_id (and workspaces itself). */
export const TENANT_TABLES = [
  'workspaces',
  'clients',
  'memberships',
  'invitations',
  'retainers',
  'allocation_amendments',
  'allocation_adjustments',
  'time_entries',
  'retainer_month_usage',
  'log_entries',
  'log_heads',
  'deliverables',
  'invoices',
  'invoice_lines',
  'invoice_number_sequences',
  'meetings',
  'meeting_private_notes',
  'action_item_states',
];

const IN_WORKSPACE = `workspace_id = app_workspace_id()`;
const READABLE_BY_CLIENT = `${IN_WORKSPACE} AND (app_client_id() IS NULL OR client_id = app_client_id())`;
const LEADER = `${IN_WORKSPACE} AND app_role() = 'LEADER'`;

/** A leader-only write policy for a table whose reads are governed by another policy. */
function leaderWrites(table: string): string {
  return `
      CREATE POLICY ${table}_write ON ${table} USING (${LEADER}) WITH CHECK (${LEADER});`;
}

export class HardenTenancy1767226300000 implements MigrationInterface {
  name = 'HardenTenancy1767226300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION app_role() RETURNS text LANGUAGE sql STABLE
        AS $f$ SELECT NULLIF(current_setting('app.role', true), '') $f$;

      -- The login role. Cluster-wide, like allot_app: created once, shared by databases.
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'allot_login') THEN
          CREATE ROLE allot_login LOGIN NOINHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
        END IF;
      END $$;
      GRANT allot_app TO allot_login;

      -- Workspaces: members read theirs; only the leader writes.
      DROP POLICY workspaces_access ON workspaces;
      CREATE POLICY workspaces_read ON workspaces FOR SELECT
        USING (id = app_workspace_id() OR id IN (SELECT workspace_id FROM memberships WHERE user_id = app_user_id()));
      CREATE POLICY workspaces_insert ON workspaces FOR INSERT WITH CHECK (id = app_workspace_id() AND app_role() = 'LEADER');
      CREATE POLICY workspaces_update ON workspaces FOR UPDATE
        USING (id = app_workspace_id() AND app_role() = 'LEADER') WITH CHECK (id = app_workspace_id() AND app_role() = 'LEADER');

      DROP POLICY clients_access ON clients;
      CREATE POLICY clients_read ON clients FOR SELECT USING (${IN_WORKSPACE} AND (app_client_id() IS NULL OR id = app_client_id()));
      ${leaderWrites('clients')}

      -- A membership is created by the person joining, in a transaction set up for exactly that
      -- membership: the founding leader at sign-up, or the invitee with the invitation's role.
      DROP POLICY memberships_access ON memberships;
      CREATE POLICY memberships_read ON memberships FOR SELECT
        USING ((${IN_WORKSPACE} AND (app_client_id() IS NULL OR user_id = app_user_id())) OR user_id = app_user_id());
      CREATE POLICY memberships_insert ON memberships FOR INSERT
        WITH CHECK (${IN_WORKSPACE} AND user_id = app_user_id() AND role = app_role()
                    AND client_id IS NOT DISTINCT FROM app_client_id());
      CREATE POLICY memberships_delete ON memberships FOR DELETE USING (${LEADER});

      DROP POLICY invitations_access ON invitations;
      CREATE POLICY invitations_leader ON invitations USING (${LEADER}) WITH CHECK (${LEADER});
      -- Revoking is deleting a pending invitation.
      GRANT DELETE ON invitations TO allot_app;

      DROP POLICY retainers_write ON retainers;
      DROP POLICY allocation_amendments_write ON allocation_amendments;
      DROP POLICY allocation_adjustments_write ON allocation_adjustments;
      DROP POLICY time_entries_write ON time_entries;
      DROP POLICY retainer_month_usage_write ON retainer_month_usage;
      ${leaderWrites('retainers')}
      ${leaderWrites('allocation_amendments')}
      ${leaderWrites('allocation_adjustments')}
      ${leaderWrites('time_entries')}
      ${leaderWrites('retainer_month_usage')}

      DROP POLICY log_entries_access ON log_entries;
      CREATE POLICY log_entries_read ON log_entries FOR SELECT USING (${READABLE_BY_CLIENT});
      CREATE POLICY log_entries_insert ON log_entries FOR INSERT
        WITH CHECK (${IN_WORKSPACE} AND (app_role() = 'LEADER'
                    OR (app_role() = 'CLIENT_VIEWER' AND client_id = app_client_id() AND kind IN ('COMMENT', 'SYSTEM'))));

      DROP POLICY deliverables_access ON deliverables;
      CREATE POLICY deliverables_read ON deliverables FOR SELECT USING (${READABLE_BY_CLIENT});
      ${leaderWrites('deliverables')}
      -- USING admits any of the client's rows, since SELECT … FOR UPDATE must see the row to lock
      -- it; the trigger below refuses any answer to a deliverable that is not DELIVERED.
      CREATE POLICY deliverables_client_answer ON deliverables FOR UPDATE
        USING (${IN_WORKSPACE} AND app_role() = 'CLIENT_VIEWER' AND client_id = app_client_id())
        WITH CHECK (${IN_WORKSPACE} AND app_role() = 'CLIENT_VIEWER' AND client_id = app_client_id()
                    AND status IN ('ACCEPTED', 'IN_PROGRESS'));

      DROP POLICY meetings_access ON meetings;
      CREATE POLICY meetings_read ON meetings FOR SELECT USING (${READABLE_BY_CLIENT});
      ${leaderWrites('meetings')}
      DROP POLICY meeting_private_notes_access ON meeting_private_notes;
      ${leaderWrites('meeting_private_notes')}

      DROP POLICY invoices_write ON invoices;
      ${leaderWrites('invoices')}
      CREATE POLICY invoices_mark_paid ON invoices FOR UPDATE
        USING (${IN_WORKSPACE} AND app_role() = 'ACCOUNTANT' AND status = 'ISSUED')
        WITH CHECK (${IN_WORKSPACE} AND app_role() = 'ACCOUNTANT' AND status = 'PAID');
      DROP POLICY invoice_lines_write ON invoice_lines;
      ${leaderWrites('invoice_lines')}
      DROP POLICY invoice_number_sequences_access ON invoice_number_sequences;
      ${leaderWrites('invoice_number_sequences')}

      -- An accountant's UPDATE may change the payment and nothing else.
      CREATE FUNCTION invoices_accountant_changes_payment_only() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        IF app_role() = 'ACCOUNTANT' AND (to_jsonb(NEW) - ARRAY['status', 'paid_on', 'updated_at'])
                                         <> (to_jsonb(OLD) - ARRAY['status', 'paid_on', 'updated_at']) THEN
          RAISE EXCEPTION 'An accountant may only record a payment' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $f$;
      CREATE TRIGGER invoices_accountant_scope BEFORE UPDATE ON invoices
        FOR EACH ROW EXECUTE FUNCTION invoices_accountant_changes_payment_only();

      -- A client viewer's answer to a deliverable changes its status and nothing else.
      CREATE FUNCTION deliverables_client_changes_status_only() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        IF app_role() = 'CLIENT_VIEWER' AND (OLD.status <> 'DELIVERED'
             OR (to_jsonb(NEW) - ARRAY['status', 'delivered_at', 'accepted_at', 'updated_at'])
                <> (to_jsonb(OLD) - ARRAY['status', 'delivered_at', 'accepted_at', 'updated_at'])) THEN
          RAISE EXCEPTION 'A client viewer may only accept a deliverable or send it back' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $f$;
      CREATE TRIGGER deliverables_client_scope BEFORE UPDATE ON deliverables
        FOR EACH ROW EXECUTE FUNCTION deliverables_client_changes_status_only();

      -- Chain heads: kept by the inserting statement itself. The application reads them and locks
      -- one through lock_log_head(); it can no longer write them.
      REVOKE INSERT, UPDATE ON log_heads FROM allot_app;
      CREATE FUNCTION log_entries_advance_head() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
      BEGIN
        UPDATE log_heads SET seq = NEW.seq, hash = NEW.hash, occurred_at = NEW.occurred_at
         WHERE workspace_id = NEW.workspace_id AND client_id = NEW.client_id AND seq = NEW.seq - 1;
        IF NOT FOUND THEN
          IF NEW.seq = 1 THEN
            INSERT INTO log_heads (workspace_id, client_id, seq, hash, occurred_at)
              VALUES (NEW.workspace_id, NEW.client_id, 1, NEW.hash, NEW.occurred_at)
              ON CONFLICT (workspace_id, client_id) DO UPDATE SET seq = 1, hash = EXCLUDED.hash, occurred_at = EXCLUDED.occurred_at
              WHERE log_heads.seq = 0;
            IF FOUND THEN RETURN NULL; END IF;
          END IF;
          RAISE EXCEPTION 'Log entry % of client % does not follow the chain head', NEW.seq, NEW.client_id
            USING ERRCODE = 'serialization_failure';
        END IF;
        RETURN NULL;
      END $f$;
      REVOKE ALL ON FUNCTION log_entries_advance_head() FROM PUBLIC;
      CREATE TRIGGER log_entries_head AFTER INSERT ON log_entries
        FOR EACH ROW EXECUTE FUNCTION log_entries_advance_head();

      -- Serialises appends to one chain: creates the head row when missing, locks it, returns it.
      -- Only within the caller's own workspace (and client, for a client viewer).
      CREATE FUNCTION lock_log_head(p_workspace_id uuid, p_client_id uuid)
        RETURNS TABLE (seq integer, hash text, occurred_at timestamptz)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
      BEGIN
        IF p_workspace_id IS DISTINCT FROM app_workspace_id()
           OR (app_client_id() IS NOT NULL AND p_client_id IS DISTINCT FROM app_client_id())
           OR NOT EXISTS (SELECT 1 FROM clients c WHERE c.workspace_id = p_workspace_id AND c.id = p_client_id) THEN
          RAISE EXCEPTION 'No such client' USING ERRCODE = 'insufficient_privilege';
        END IF;
        INSERT INTO log_heads AS h (workspace_id, client_id, seq, hash)
          VALUES (p_workspace_id, p_client_id, 0, repeat('0', 64))
          ON CONFLICT (workspace_id, client_id) DO NOTHING;
        RETURN QUERY SELECT h.seq, h.hash, h.occurred_at FROM log_heads h
          WHERE h.workspace_id = p_workspace_id AND h.client_id = p_client_id FOR UPDATE;
      END $f$;
      REVOKE ALL ON FUNCTION lock_log_head(uuid, uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION lock_log_head(uuid, uuid) TO allot_app;

      -- Sessions: one per sign-in. The token names it; logging out revokes it.
      CREATE TABLE sessions (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        user_agent text NOT NULL DEFAULT '' CHECK (length(user_agent) <= 300),
        ip text NOT NULL DEFAULT '' CHECK (length(ip) <= 64)
      );
      CREATE INDEX sessions_user_idx ON sessions (user_id, created_at);
      ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
      ALTER TABLE sessions FORCE ROW LEVEL SECURITY;
      CREATE POLICY sessions_own ON sessions USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());
      GRANT SELECT, INSERT, UPDATE (last_seen_at, revoked_at) ON sessions TO allot_app;

      -- The checks that come before anyone is known. Each answers one narrow question, sets the
      -- tenant settings it needs only inside itself (restored on exit by the SET clauses), and
      -- so leaves the caller's transaction exactly as it was.

      -- A request's session: the principal it names, when the session is live and the membership
      -- still exists; marks it seen (at most once a minute).
      CREATE FUNCTION session_principal(p_session_id uuid, p_user_id uuid, p_membership_id uuid, p_workspace_id uuid)
        RETURNS TABLE (role text, client_id uuid)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
        SET app.user_id = '' SET app.workspace_id = '' SET app.client_id = '' SET app.role = '' AS $f$
      BEGIN
        PERFORM set_config('app.user_id', p_user_id::text, true);
        PERFORM set_config('app.workspace_id', p_workspace_id::text, true);
        -- SKIP LOCKED: concurrent requests of one session must not queue behind each other here.
        UPDATE sessions s SET last_seen_at = now()
         WHERE s.id IN (SELECT t.id FROM sessions t
                         WHERE t.id = p_session_id AND t.user_id = p_user_id AND t.revoked_at IS NULL AND t.expires_at > now()
                           AND t.last_seen_at < now() - interval '1 minute'
                           FOR UPDATE SKIP LOCKED);
        RETURN QUERY
          SELECT m.role, m.client_id FROM memberships m JOIN sessions s ON s.user_id = m.user_id
           WHERE s.id = p_session_id AND s.user_id = p_user_id AND s.revoked_at IS NULL AND s.expires_at > now()
             AND m.id = p_membership_id AND m.workspace_id = p_workspace_id;
      END $f$;
      REVOKE ALL ON FUNCTION session_principal(uuid, uuid, uuid, uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION session_principal(uuid, uuid, uuid, uuid) TO allot_app;

      -- Sign-in: the account's id and password hash for an e-mail, to verify the password against.
      CREATE FUNCTION login_candidate(p_email text) RETURNS TABLE (id uuid, password_hash text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
        SELECT u.id, u.password_hash FROM users u WHERE u.email = lower(p_email)
      $f$;
      REVOKE ALL ON FUNCTION login_candidate(text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION login_candidate(text) TO allot_app;

      -- Accepting an invitation: the invitation whose token hashes to p_token_hash, locked; it is
      -- marked accepted when it is still open, in the caller's transaction (a failure later in the
      -- acceptance rolls that back too).
      CREATE FUNCTION take_invitation(p_workspace_id uuid, p_token_hash text)
        RETURNS TABLE (id uuid, email text, role text, client_id uuid, expired boolean, already_accepted boolean)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
        SET app.workspace_id = '' SET app.role = '' SET app.client_id = '' AS $f$
      DECLARE
        found_invitation invitations%ROWTYPE;
      BEGIN
        PERFORM set_config('app.workspace_id', p_workspace_id::text, true);
        PERFORM set_config('app.role', 'LEADER', true);
        SELECT * INTO found_invitation FROM invitations i
         WHERE i.workspace_id = p_workspace_id AND i.token_hash = p_token_hash FOR UPDATE;
        IF NOT FOUND THEN RETURN; END IF;
        IF found_invitation.accepted_at IS NULL AND found_invitation.expires_at > now() THEN
          UPDATE invitations i SET accepted_at = now() WHERE i.workspace_id = p_workspace_id AND i.id = found_invitation.id;
        END IF;
        RETURN QUERY SELECT found_invitation.id, found_invitation.email, found_invitation.role, found_invitation.client_id,
                            found_invitation.expires_at <= now(), found_invitation.accepted_at IS NOT NULL;
      END $f$;
      REVOKE ALL ON FUNCTION take_invitation(uuid, text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION take_invitation(uuid, text) TO allot_app;
    `);
    for (const table of TENANT_TABLES) await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TENANT_TABLES) await queryRunner.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      DROP FUNCTION take_invitation(uuid, text);
      DROP FUNCTION login_candidate(text);
      DROP FUNCTION session_principal(uuid, uuid, uuid, uuid);
      DROP TABLE sessions;
      DROP FUNCTION lock_log_head(uuid, uuid);
      DROP TRIGGER log_entries_head ON log_entries;
      DROP FUNCTION log_entries_advance_head();
      GRANT INSERT, UPDATE (seq, hash, occurred_at) ON log_heads TO allot_app;
      DROP TRIGGER deliverables_client_scope ON deliverables;
      DROP FUNCTION deliverables_client_changes_status_only();
      DROP TRIGGER invoices_accountant_scope ON invoices;
      DROP FUNCTION invoices_accountant_changes_payment_only();

      DROP POLICY invoice_number_sequences_write ON invoice_number_sequences;
      CREATE POLICY invoice_number_sequences_access ON invoice_number_sequences
        USING (workspace_id = app_workspace_id() AND app_client_id() IS NULL)
        WITH CHECK (workspace_id = app_workspace_id() AND app_client_id() IS NULL);
      DROP POLICY invoice_lines_write ON invoice_lines;
      CREATE POLICY invoice_lines_write ON invoice_lines
        USING (workspace_id = app_workspace_id() AND app_client_id() IS NULL)
        WITH CHECK (workspace_id = app_workspace_id() AND app_client_id() IS NULL);
      DROP POLICY invoices_mark_paid ON invoices;
      DROP POLICY invoices_write ON invoices;
      CREATE POLICY invoices_write ON invoices
        USING (workspace_id = app_workspace_id() AND app_client_id() IS NULL)
        WITH CHECK (workspace_id = app_workspace_id() AND app_client_id() IS NULL);

      DROP POLICY meeting_private_notes_write ON meeting_private_notes;
      CREATE POLICY meeting_private_notes_access ON meeting_private_notes
        USING (workspace_id = app_workspace_id() AND app_client_id() IS NULL)
        WITH CHECK (workspace_id = app_workspace_id() AND app_client_id() IS NULL);
      DROP POLICY meetings_write ON meetings;
      DROP POLICY meetings_read ON meetings;
      CREATE POLICY meetings_access ON meetings
        USING (${READABLE_BY_CLIENT}) WITH CHECK (${READABLE_BY_CLIENT});

      DROP POLICY deliverables_client_answer ON deliverables;
      DROP POLICY deliverables_write ON deliverables;
      DROP POLICY deliverables_read ON deliverables;
      CREATE POLICY deliverables_access ON deliverables
        USING (${READABLE_BY_CLIENT}) WITH CHECK (${READABLE_BY_CLIENT});

      DROP POLICY log_entries_insert ON log_entries;
      DROP POLICY log_entries_read ON log_entries;
      CREATE POLICY log_entries_access ON log_entries
        USING (${READABLE_BY_CLIENT}) WITH CHECK (${READABLE_BY_CLIENT});
    `);
    for (const table of ['retainers', 'allocation_amendments', 'allocation_adjustments', 'time_entries', 'retainer_month_usage']) {
      await queryRunner.query(`
        DROP POLICY ${table}_write ON ${table};
        CREATE POLICY ${table}_write ON ${table}
          USING (workspace_id = app_workspace_id() AND app_client_id() IS NULL)
          WITH CHECK (workspace_id = app_workspace_id() AND app_client_id() IS NULL);`);
    }
    await queryRunner.query(`
      REVOKE DELETE ON invitations FROM allot_app;
      DROP POLICY invitations_leader ON invitations;
      CREATE POLICY invitations_access ON invitations
        USING (workspace_id = app_workspace_id() AND app_client_id() IS NULL)
        WITH CHECK (workspace_id = app_workspace_id() AND app_client_id() IS NULL);
      DROP POLICY memberships_delete ON memberships;
      DROP POLICY memberships_insert ON memberships;
      DROP POLICY memberships_read ON memberships;
      CREATE POLICY memberships_access ON memberships
        USING ((workspace_id = app_workspace_id() AND (app_client_id() IS NULL OR user_id = app_user_id()))
               OR user_id = app_user_id())
        WITH CHECK (workspace_id = app_workspace_id());
      DROP POLICY clients_write ON clients;
      DROP POLICY clients_read ON clients;
      CREATE POLICY clients_access ON clients
        USING (workspace_id = app_workspace_id() AND (app_client_id() IS NULL OR id = app_client_id()))
        WITH CHECK (workspace_id = app_workspace_id() AND (app_client_id() IS NULL OR id = app_client_id()));
      DROP POLICY workspaces_update ON workspaces;
      DROP POLICY workspaces_insert ON workspaces;
      DROP POLICY workspaces_read ON workspaces;
      CREATE POLICY workspaces_access ON workspaces
        USING (id = app_workspace_id() OR id IN (SELECT workspace_id FROM memberships WHERE user_id = app_user_id()))
        WITH CHECK (id = app_workspace_id());
      -- allot_login stays: it is cluster-wide and may serve other databases.
      DROP FUNCTION app_role();
    `);
  }
}
