// Invoices and credit notes, their lines, and the per-workspace, per-year number sequences.
//
// An invoice is a DRAFT until issued; issuing gives it the next number of the workspace's
// sequence for the issue year (the sequence row is taken FOR UPDATE in the issuing transaction,
// so numbers are gapless and unique however many are issued at once) and freezes it: a trigger
// refuses any change to an issued invoice or its lines except the payment and credit states.
// Row-level security: a workspace sees its own rows; a client viewer reads only their client's
// invoices, never a draft, and writes nothing.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const MONTH = `'^\\d{4}-(0[1-9]|1[0-2])$'`;

export class CreateInvoices1767225900000 implements MigrationInterface {
  name = 'CreateInvoices1767225900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE invoices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        client_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
        status text NOT NULL CHECK (status IN ('DRAFT', 'ISSUED', 'PAID', 'CREDITED')),
        number text CHECK (length(number) BETWEEN 1 AND 40),
        period_month text NOT NULL CHECK (period_month ~ ${MONTH}),
        issue_date date,
        due_date date,
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        reverse_charge boolean NOT NULL DEFAULT false,
        payment_terms_days integer NOT NULL CHECK (payment_terms_days BETWEEN 0 AND 365),
        net_total_minor bigint NOT NULL,
        vat_total_minor bigint NOT NULL,
        gross_total_minor bigint NOT NULL CHECK (gross_total_minor = net_total_minor + vat_total_minor),
        paid_on date,
        credited_invoice_id uuid,
        credit_reason text CHECK (length(credit_reason) BETWEEN 1 AND 500),
        -- Seller and buyer as they were when issued (names, addresses and VAT ids change later).
        seller jsonb,
        buyer jsonb,
        issued_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (workspace_id, client_id) REFERENCES clients (workspace_id, id),
        UNIQUE (workspace_id, client_id, id),
        FOREIGN KEY (workspace_id, client_id, credited_invoice_id) REFERENCES invoices (workspace_id, client_id, id),
        CHECK ((status = 'DRAFT') = (number IS NULL)),
        CHECK ((status = 'DRAFT') = (issue_date IS NULL)),
        CHECK (status = 'DRAFT' OR (seller IS NOT NULL AND buyer IS NOT NULL)),
        CHECK (due_date IS NULL OR due_date >= issue_date),
        CHECK (status <> 'PAID' OR paid_on IS NOT NULL),
        CHECK (paid_on IS NULL OR paid_on >= issue_date),
        CHECK ((kind = 'CREDIT_NOTE') = (credited_invoice_id IS NOT NULL)),
        CHECK (kind = 'INVOICE' OR status <> 'CREDITED')
      );
      CREATE UNIQUE INDEX invoices_number_key ON invoices (workspace_id, number) WHERE number IS NOT NULL;
      -- One live invoice per client and month: a draft, or an issued or paid one. A credited
      -- invoice no longer counts, so the month can be invoiced again after a credit note.
      CREATE UNIQUE INDEX invoices_client_month_key ON invoices (workspace_id, client_id, period_month)
        WHERE kind = 'INVOICE' AND status <> 'CREDITED';
      -- A credit note reverses one invoice once.
      CREATE UNIQUE INDEX invoices_credited_key ON invoices (workspace_id, credited_invoice_id) WHERE credited_invoice_id IS NOT NULL;
      CREATE INDEX invoices_workspace_period_idx ON invoices (workspace_id, period_month DESC, created_at DESC, id DESC);
      CREATE INDEX invoices_client_period_idx ON invoices (workspace_id, client_id, period_month DESC, created_at DESC, id DESC);

      CREATE TABLE invoice_lines (
        workspace_id uuid NOT NULL,
        client_id uuid NOT NULL,
        invoice_id uuid NOT NULL,
        position integer NOT NULL CHECK (position >= 1),
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
        quantity numeric(14,4) NOT NULL,
        unit_code text NOT NULL CHECK (unit_code IN ('MON', 'DAY')),
        unit_price_minor bigint NOT NULL CHECK (unit_price_minor >= 0),
        net_minor bigint NOT NULL,
        vat_rate_percent numeric(5,2) NOT NULL CHECK (vat_rate_percent BETWEEN 0 AND 100),
        reverse_charge boolean NOT NULL DEFAULT false,
        CHECK (NOT reverse_charge OR vat_rate_percent = 0),
        PRIMARY KEY (workspace_id, invoice_id, position),
        FOREIGN KEY (workspace_id, client_id, invoice_id) REFERENCES invoices (workspace_id, client_id, id) ON DELETE CASCADE
      );

      CREATE TABLE invoice_number_sequences (
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        year integer NOT NULL CHECK (year BETWEEN 1000 AND 9999),
        last_value integer NOT NULL CHECK (last_value >= 0),
        PRIMARY KEY (workspace_id, year)
      );

      -- What has been issued never changes: only DRAFT → ISSUED (with its number), ISSUED → PAID,
      -- ISSUED or PAID → CREDITED, and nothing else about an issued invoice.
      CREATE FUNCTION refuse_issued_invoice_change() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.status <> 'DRAFT' THEN
            RAISE EXCEPTION 'invoice % is issued and cannot be deleted', OLD.id USING ERRCODE = 'check_violation';
          END IF;
          RETURN OLD;
        END IF;
        IF OLD.status = 'DRAFT' THEN
          IF NEW.status NOT IN ('DRAFT', 'ISSUED') THEN
            RAISE EXCEPTION 'a draft invoice can only be issued' USING ERRCODE = 'check_violation';
          END IF;
          RETURN NEW;
        END IF;
        IF NOT ((OLD.status = 'ISSUED' AND NEW.status IN ('ISSUED', 'PAID', 'CREDITED'))
                OR (OLD.status = 'PAID' AND NEW.status IN ('PAID', 'CREDITED'))
                OR (OLD.status = NEW.status)) THEN
          RAISE EXCEPTION 'invoice % cannot go from % to %', OLD.id, OLD.status, NEW.status USING ERRCODE = 'check_violation';
        END IF;
        IF (to_jsonb(NEW) - ARRAY['status', 'paid_on', 'updated_at']) IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['status', 'paid_on', 'updated_at']) THEN
          RAISE EXCEPTION 'invoice % is issued: only its payment and credit state change', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $f$;
      CREATE TRIGGER invoices_frozen BEFORE UPDATE OR DELETE ON invoices
        FOR EACH ROW EXECUTE FUNCTION refuse_issued_invoice_change();

      CREATE FUNCTION refuse_issued_invoice_line_change() RETURNS trigger LANGUAGE plpgsql AS $f$
      DECLARE
        row_invoice uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.invoice_id ELSE NEW.invoice_id END;
        row_workspace uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.workspace_id ELSE NEW.workspace_id END;
        invoice_status text;
      BEGIN
        SELECT status INTO invoice_status FROM invoices WHERE workspace_id = row_workspace AND id = row_invoice;
        -- No row: the invoice itself is being deleted, which its own trigger allows for drafts only.
        IF invoice_status IS NOT NULL AND invoice_status <> 'DRAFT' THEN
          RAISE EXCEPTION 'the lines of issued invoice % cannot change', row_invoice USING ERRCODE = 'check_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $f$;
      CREATE TRIGGER invoice_lines_frozen BEFORE INSERT OR UPDATE OR DELETE ON invoice_lines
        FOR EACH ROW EXECUTE FUNCTION refuse_issued_invoice_line_change();

      ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
      ALTER TABLE invoice_lines ENABLE ROW LEVEL SECURITY;
      ALTER TABLE invoice_number_sequences ENABLE ROW LEVEL SECURITY;

      CREATE POLICY invoices_read ON invoices FOR SELECT
        USING (workspace_id = app_workspace_id()
               AND (app_client_id() IS NULL OR (client_id = app_client_id() AND status <> 'DRAFT')));
      CREATE POLICY invoices_write ON invoices
        USING (workspace_id = app_workspace_id() AND app_client_id() IS NULL)
        WITH CHECK (workspace_id = app_workspace_id() AND app_client_id() IS NULL);

      -- A viewer's line is readable when its invoice is (the subquery is itself under RLS).
      CREATE POLICY invoice_lines_read ON invoice_lines FOR SELECT
        USING (workspace_id = app_workspace_id()
               AND (app_client_id() IS NULL
                    OR (client_id = app_client_id()
                        AND EXISTS (SELECT 1 FROM invoices i WHERE i.workspace_id = invoice_lines.workspace_id
                                      AND i.id = invoice_lines.invoice_id AND i.status <> 'DRAFT'))));
      CREATE POLICY invoice_lines_write ON invoice_lines
        USING (workspace_id = app_workspace_id() AND app_client_id() IS NULL)
        WITH CHECK (workspace_id = app_workspace_id() AND app_client_id() IS NULL);

      CREATE POLICY invoice_number_sequences_access ON invoice_number_sequences
        USING (workspace_id = app_workspace_id() AND app_client_id() IS NULL)
        WITH CHECK (workspace_id = app_workspace_id() AND app_client_id() IS NULL);

      GRANT SELECT, INSERT, DELETE,
        UPDATE (status, number, issue_date, due_date, reverse_charge, payment_terms_days, net_total_minor, vat_total_minor,
                gross_total_minor, paid_on, seller, buyer, issued_at, updated_at)
        ON invoices TO allot_app;
      GRANT SELECT, INSERT, DELETE ON invoice_lines TO allot_app;
      GRANT SELECT, INSERT, UPDATE (last_value) ON invoice_number_sequences TO allot_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE invoice_number_sequences;
      DROP TABLE invoice_lines;
      DROP TABLE invoices;
      DROP FUNCTION refuse_issued_invoice_line_change();
      DROP FUNCTION refuse_issued_invoice_change();
    `);
  }
}
