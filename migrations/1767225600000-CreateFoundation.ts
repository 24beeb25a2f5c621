// The foundation: the application role, tenant-setting helpers, and the identity and client
// tables, each with row-level security so that the database itself enforces tenancy.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFoundation1767225600000 implements MigrationInterface {
  name = 'CreateFoundation1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'allot_app') THEN
          CREATE ROLE allot_app NOLOGIN;
        END IF;
      END $$;
      -- A non-superuser owner must be a member of allot_app to SET ROLE to it.
      DO $$ BEGIN
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
           AND NOT pg_has_role(current_user, 'allot_app', 'MEMBER') THEN
          EXECUTE format('GRANT allot_app TO %I', current_user);
        END IF;
      END $$;
      GRANT USAGE ON SCHEMA public TO allot_app;

      -- Unset settings read as NULL (never as '' cast to uuid), so a request that forgot to set
      -- them matches no row.
      CREATE FUNCTION app_workspace_id() RETURNS uuid LANGUAGE sql STABLE
        AS $f$ SELECT NULLIF(current_setting('app.workspace_id', true), '')::uuid $f$;
      CREATE FUNCTION app_client_id() RETURNS uuid LANGUAGE sql STABLE
        AS $f$ SELECT NULLIF(current_setting('app.client_id', true), '')::uuid $f$;
      CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE
        AS $f$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $f$;
      CREATE FUNCTION app_login_email() RETURNS text LANGUAGE sql STABLE
        AS $f$ SELECT lower(NULLIF(current_setting('app.login_email', true), '')) $f$;

      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254 AND position('@' IN email) > 1),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        password_hash text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_email_key ON users (email);

      CREATE TABLE workspaces (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        timezone text NOT NULL CHECK (length(timezone) BETWEEN 1 AND 64),
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        minutes_per_day integer NOT NULL DEFAULT 480 CHECK (minutes_per_day BETWEEN 60 AND 1440),
        capacity_days_per_month numeric(6,2) NOT NULL DEFAULT 20 CHECK (capacity_days_per_month BETWEEN 0 AND 31),
        legal_name text NOT NULL DEFAULT '' CHECK (length(legal_name) <= 200),
        address_line text NOT NULL DEFAULT '' CHECK (length(address_line) <= 200),
        city text NOT NULL DEFAULT '' CHECK (length(city) <= 100),
        postal_code text NOT NULL DEFAULT '' CHECK (length(postal_code) <= 20),
        country text NOT NULL DEFAULT '' CHECK (country = '' OR country ~ '^[A-Z]{2}$'),
        vat_id text CHECK (length(vat_id) BETWEEN 2 AND 30),
        invoice_number_prefix text NOT NULL DEFAULT 'INV-' CHECK (length(invoice_number_prefix) <= 20),
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE clients (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        legal_name text NOT NULL CHECK (length(legal_name) BETWEEN 1 AND 200),
        address_line text NOT NULL CHECK (length(address_line) BETWEEN 1 AND 200),
        city text NOT NULL CHECK (length(city) BETWEEN 1 AND 100),
        postal_code text NOT NULL CHECK (length(postal_code) BETWEEN 1 AND 20),
        country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        vat_id text CHECK (length(vat_id) BETWEEN 2 AND 30),
        billing_email text NOT NULL CHECK (length(billing_email) BETWEEN 3 AND 254 AND position('@' IN billing_email) > 1),
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        archived boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, id)
      );
      CREATE INDEX clients_workspace_name_idx ON clients (workspace_id, lower(name));

      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('LEADER', 'ACCOUNTANT', 'CLIENT_VIEWER')),
        client_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role = 'CLIENT_VIEWER') = (client_id IS NOT NULL)),
        FOREIGN KEY (workspace_id, client_id) REFERENCES clients (workspace_id, id),
        UNIQUE (workspace_id, user_id)
      );
      CREATE INDEX memberships_user_idx ON memberships (user_id);

      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email) AND position('@' IN email) > 1),
        role text NOT NULL CHECK (role IN ('LEADER', 'ACCOUNTANT', 'CLIENT_VIEWER')),
        client_id uuid,
        token_hash text NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        invited_by uuid NOT NULL REFERENCES users (id),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role = 'CLIENT_VIEWER') = (client_id IS NOT NULL)),
        FOREIGN KEY (workspace_id, client_id) REFERENCES clients (workspace_id, id),
        UNIQUE (workspace_id, token_hash)
      );

      ALTER TABLE users ENABLE ROW LEVEL SECURITY;
      ALTER TABLE workspaces ENABLE ROW LEVEL SECURITY;
      ALTER TABLE clients ENABLE ROW LEVEL SECURITY;
      ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
      ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;

      -- A user is visible to themself, to a login by their e-mail, and to their workspaces.
      CREATE POLICY users_access ON users
        USING (id = app_user_id() OR email = app_login_email()
               OR id IN (SELECT user_id FROM memberships WHERE workspace_id = app_workspace_id()))
        WITH CHECK (id = app_user_id() OR email = app_login_email());

      -- A client viewer sees only their own membership; a user sees all of their own memberships
      -- (the workspace switcher), but may only create rows in the current workspace.
      CREATE POLICY memberships_access ON memberships
        USING ((workspace_id = app_workspace_id() AND (app_client_id() IS NULL OR user_id = app_user_id()))
               OR user_id = app_user_id())
        WITH CHECK (workspace_id = app_workspace_id());

      CREATE POLICY workspaces_access ON workspaces
        USING (id = app_workspace_id() OR id IN (SELECT workspace_id FROM memberships WHERE user_id = app_user_id()))
        WITH CHECK (id = app_workspace_id());

      CREATE POLICY clients_access ON clients
        USING (workspace_id = app_workspace_id() AND (app_client_id() IS NULL OR id = app_client_id()))
        WITH CHECK (workspace_id = app_workspace_id() AND (app_client_id() IS NULL OR id = app_client_id()));

      -- A membership's own client is readable through the user-wide membership list, so the
      -- workspace switcher can name it; that is the viewer's own client, never another.
      CREATE POLICY clients_own_membership ON clients FOR SELECT
        USING (id IN (SELECT client_id FROM memberships WHERE user_id = app_user_id() AND client_id IS NOT NULL));

      CREATE POLICY invitations_access ON invitations
        USING (workspace_id = app_workspace_id() AND app_client_id() IS NULL)
        WITH CHECK (workspace_id = app_workspace_id() AND app_client_id() IS NULL);

      GRANT SELECT, INSERT, UPDATE (name, password_hash) ON users TO allot_app;
      GRANT SELECT, INSERT, UPDATE ON workspaces TO allot_app;
      GRANT SELECT, INSERT, UPDATE ON clients TO allot_app;
      GRANT SELECT, INSERT, DELETE ON memberships TO allot_app;
      GRANT SELECT, INSERT, UPDATE ON invitations TO allot_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE invitations;
      -- These policies read memberships, so they go before it.
      DROP POLICY users_access ON users;
      DROP POLICY workspaces_access ON workspaces;
      DROP POLICY clients_own_membership ON clients;
      DROP TABLE memberships;
      DROP TABLE clients;
      DROP TABLE workspaces;
      DROP TABLE users;
      DROP FUNCTION app_login_email();
      DROP FUNCTION app_user_id();
      DROP FUNCTION app_client_id();
      DROP FUNCTION app_workspace_id();
      -- The role is cluster-wide and may serve other databases, so it stays.
      REVOKE USAGE ON SCHEMA public FROM allot_app;
    `);
  }
}
