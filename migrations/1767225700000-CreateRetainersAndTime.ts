// Retainers with their allocation (amendments and one-off adjustments), time entries, the monthly
// usage rollup the balances are computed from, and the lock that freezes invoiced months.
// Every table carries workspace_id and client_id, with row-level security: a client viewer reads
// their own client's rows and writes none.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const MONTH = `'^\\d{4}-(0[1-9]|1[0-2])$'`;

/** A SELECT policy that lets a client viewer read their client's rows, and an ALL policy for writes. */
function clientOwnedPolicies(table: string): string {
  return `
      ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
      CREATE POLICY ${table}_read ON ${table} FOR SELECT
        USING (workspace_id = app_workspace_id() AND (app_client_id() IS NULL OR client_id = app_client_id()));
      CREATE POLICY ${table}_write ON ${table}
        USING (workspace_id = app_workspace_id() AND app_client_id() IS NULL)
        WITH CHECK (workspace_id = app_workspace_id() AND app_client_id() IS NULL);`;
}

export class CreateRetainersAndTime1767225700000 implements MigrationInterface {
  name = 'CreateRetainersAndTime1767225700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- "Months up to and including this month are locked": set when an invoice is issued, and
      -- never moved backwards (the trigger below refuses it), because what was invoiced never changes.
      ALTER TABLE clients ADD COLUMN locked_through_month text CHECK (locked_through_month ~ ${MONTH});

      CREATE TABLE retainers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        client_id uuid NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        role text NOT NULL CHECK (role IN ('CTO', 'CIO', 'CAIO', 'ADVISOR', 'OTHER')),
        start_month text NOT NULL CHECK (start_month ~ ${MONTH}),
        end_month text CHECK (end_month ~ ${MONTH}),
        rollover text NOT NULL CHECK (rollover IN ('NONE', 'CARRY_FORWARD')),
        rollover_cap_days numeric(6,2) CHECK (rollover_cap_days BETWEEN 0 AND 1000 AND rollover_cap_days * 4 = trunc(rollover_cap_days * 4)),
        rollover_expiry_months integer CHECK (rollover_expiry_months BETWEEN 1 AND 120),
        overage text NOT NULL CHECK (overage IN ('BILL', 'ABSORB')),
        overage_day_rate_minor bigint NOT NULL CHECK (overage_day_rate_minor >= 0),
        vat_rate_percent numeric(5,2) NOT NULL CHECK (vat_rate_percent BETWEEN 0 AND 100),
        reverse_charge boolean NOT NULL DEFAULT false,
        payment_terms_days integer NOT NULL CHECK (payment_terms_days BETWEEN 0 AND 365),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (end_month IS NULL OR end_month >= start_month),
        CHECK (rollover = 'CARRY_FORWARD' OR (rollover_cap_days IS NULL AND rollover_expiry_months IS NULL)),
        FOREIGN KEY (workspace_id, client_id) REFERENCES clients (workspace_id, id),
        UNIQUE (workspace_id, client_id, id)
      );
      CREATE INDEX retainers_workspace_client_idx ON retainers (workspace_id, client_id, start_month);

      -- Days per month and fee from a month on; the retainer's creation is the first one.
      CREATE TABLE allocation_amendments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        client_id uuid NOT NULL,
        retainer_id uuid NOT NULL,
        effective_month text NOT NULL CHECK (effective_month ~ ${MONTH}),
        days_per_month numeric(6,2) NOT NULL CHECK (days_per_month BETWEEN 0 AND 31 AND days_per_month * 4 = trunc(days_per_month * 4)),
        monthly_fee_minor bigint NOT NULL CHECK (monthly_fee_minor >= 0),
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (workspace_id, client_id, retainer_id) REFERENCES retainers (workspace_id, client_id, id) ON DELETE CASCADE,
        UNIQUE (workspace_id, retainer_id, effective_month)
      );

      -- One-off extra (or, when negative, fewer) days for a single month.
      CREATE TABLE allocation_adjustments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        client_id uuid NOT NULL,
        retainer_id uuid NOT NULL,
        month text NOT NULL CHECK (month ~ ${MONTH}),
        days numeric(6,2) NOT NULL CHECK (days BETWEEN -31 AND 31 AND days <> 0 AND days * 4 = trunc(days * 4)),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (workspace_id, client_id, retainer_id) REFERENCES retainers (workspace_id, client_id, id) ON DELETE CASCADE
      );
      CREATE INDEX allocation_adjustments_retainer_idx ON allocation_adjustments (workspace_id, retainer_id, month);

      -- meeting_id and deliverable_id have no foreign keys yet: those tables come from a parallel
      -- migration, which adds the constraints (workspace_id, client_id, meeting_id) → meetings.
      -- created_at has millisecond precision so that it round-trips through a JavaScript Date
      -- exactly, which the keyset cursor of the timeEntries query relies on.
      CREATE TABLE time_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        client_id uuid NOT NULL,
        retainer_id uuid NOT NULL,
        date date NOT NULL,
        minutes integer NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
        category text NOT NULL CHECK (category IN ('MEETING', 'DELIVERABLE', 'ADVISORY', 'ASYNC', 'TRAVEL', 'OTHER')),
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
        billable boolean NOT NULL DEFAULT true,
        meeting_id uuid,
        deliverable_id uuid,
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        FOREIGN KEY (workspace_id, client_id, retainer_id) REFERENCES retainers (workspace_id, client_id, id)
      );
      CREATE INDEX time_entries_client_date_idx ON time_entries (workspace_id, client_id, date DESC, created_at DESC, id DESC);
      CREATE INDEX time_entries_retainer_date_idx ON time_entries (workspace_id, retainer_id, date DESC, created_at DESC, id DESC);
      CREATE INDEX time_entries_workspace_date_idx ON time_entries (workspace_id, date DESC, created_at DESC, id DESC);
      -- A held meeting logs one time entry.
      CREATE UNIQUE INDEX time_entries_meeting_key ON time_entries (workspace_id, meeting_id) WHERE meeting_id IS NOT NULL;
      CREATE INDEX time_entries_deliverable_idx ON time_entries (workspace_id, deliverable_id) WHERE deliverable_id IS NOT NULL;

      -- Billable minutes per retainer and month, kept in the same transaction as every time-entry
      -- write (INSERT … ON CONFLICT DO UPDATE adds concurrent writes up exactly), so a balance
      -- costs months, never time entries.
      CREATE TABLE retainer_month_usage (
        workspace_id uuid NOT NULL,
        client_id uuid NOT NULL,
        retainer_id uuid NOT NULL,
        month text NOT NULL CHECK (month ~ ${MONTH}),
        billable_minutes integer NOT NULL DEFAULT 0 CHECK (billable_minutes >= 0),
        PRIMARY KEY (workspace_id, retainer_id, month),
        FOREIGN KEY (workspace_id, client_id, retainer_id) REFERENCES retainers (workspace_id, client_id, id) ON DELETE CASCADE
      );

      ${clientOwnedPolicies('retainers')}
      ${clientOwnedPolicies('allocation_amendments')}
      ${clientOwnedPolicies('allocation_adjustments')}
      ${clientOwnedPolicies('time_entries')}
      ${clientOwnedPolicies('retainer_month_usage')}

      -- Rule 9 again in the database, behind the services' CONFLICT: nothing dated in a locked
      -- month is written, and the lock never moves backwards.
      CREATE FUNCTION client_month_locked(p_workspace_id uuid, p_client_id uuid, p_month text) RETURNS boolean
        LANGUAGE sql STABLE
        AS $f$ SELECT COALESCE((SELECT p_month <= locked_through_month FROM clients
                                 WHERE workspace_id = p_workspace_id AND id = p_client_id), false) $f$;

      CREATE FUNCTION refuse_locked_time_entry() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND client_month_locked(OLD.workspace_id, OLD.client_id, to_char(OLD.date, 'YYYY-MM')) THEN
          RAISE EXCEPTION 'time entry % is dated in a locked month', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND client_month_locked(NEW.workspace_id, NEW.client_id, to_char(NEW.date, 'YYYY-MM')) THEN
          RAISE EXCEPTION 'time entries dated % are in a locked month', NEW.date USING ERRCODE = 'check_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $f$;
      CREATE TRIGGER time_entries_locked_month BEFORE INSERT OR UPDATE OR DELETE ON time_entries
        FOR EACH ROW EXECUTE FUNCTION refuse_locked_time_entry();

      CREATE FUNCTION refuse_locked_amendment() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        IF client_month_locked(NEW.workspace_id, NEW.client_id, NEW.effective_month) THEN
          RAISE EXCEPTION 'amendments effective % are in a locked month', NEW.effective_month USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $f$;
      CREATE TRIGGER allocation_amendments_locked_month BEFORE INSERT OR UPDATE ON allocation_amendments
        FOR EACH ROW EXECUTE FUNCTION refuse_locked_amendment();

      CREATE FUNCTION refuse_locked_adjustment() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        IF client_month_locked(NEW.workspace_id, NEW.client_id, NEW.month) THEN
          RAISE EXCEPTION 'adjustments of % are in a locked month', NEW.month USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $f$;
      CREATE TRIGGER allocation_adjustments_locked_month BEFORE INSERT OR UPDATE ON allocation_adjustments
        FOR EACH ROW EXECUTE FUNCTION refuse_locked_adjustment();

      CREATE FUNCTION refuse_unlocking_months() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        IF OLD.locked_through_month IS NOT NULL
           AND (NEW.locked_through_month IS NULL OR NEW.locked_through_month < OLD.locked_through_month) THEN
          RAISE EXCEPTION 'months through % of client % are locked and stay locked', OLD.locked_through_month, OLD.id
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $f$;
      CREATE TRIGGER clients_lock_forward_only BEFORE UPDATE OF locked_through_month ON clients
        FOR EACH ROW EXECUTE FUNCTION refuse_unlocking_months();

      GRANT SELECT, INSERT, UPDATE (title, end_month, vat_rate_percent, reverse_charge, payment_terms_days, updated_at) ON retainers TO allot_app;
      GRANT SELECT, INSERT, UPDATE (days_per_month, monthly_fee_minor, updated_at) ON allocation_amendments TO allot_app;
      GRANT SELECT, INSERT ON allocation_adjustments TO allot_app;
      GRANT SELECT, INSERT, DELETE, UPDATE (date, minutes, category, description, billable, updated_at) ON time_entries TO allot_app;
      GRANT SELECT, INSERT, UPDATE (billable_minutes) ON retainer_month_usage TO allot_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TRIGGER clients_lock_forward_only ON clients;
      DROP TABLE retainer_month_usage;
      DROP TABLE time_entries;
      DROP TABLE allocation_adjustments;
      DROP TABLE allocation_amendments;
      DROP TABLE retainers;
      DROP FUNCTION refuse_unlocking_months();
      DROP FUNCTION refuse_locked_adjustment();
      DROP FUNCTION refuse_locked_amendment();
      DROP FUNCTION refuse_locked_time_entry();
      DROP FUNCTION client_month_locked(uuid, uuid, text);
      ALTER TABLE clients DROP COLUMN locked_through_month;
    `);
  }
}
