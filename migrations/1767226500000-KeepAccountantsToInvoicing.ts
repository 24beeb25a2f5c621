// An accountant sees invoices and what invoicing needs (the workspace's seller details, clients'
// billing data, retainers and their balances), nothing of time entries, meetings, deliverables or
// the accountability log. The read policy of the API says so field by field; this says it again
// in PostgreSQL, now that the transaction knows its role (app.role, 1767226300000).
import type { MigrationInterface, QueryRunner } from 'typeorm';

const NOT_ACCOUNTANT = `coalesce(app_role(), '') <> 'ACCOUNTANT'`;
const CLIENT_SCOPE = `workspace_id = app_workspace_id() AND (app_client_id() IS NULL OR client_id = app_client_id())`;

/** [policy, table, command, USING/WITH CHECK before, after] */
const POLICIES: Array<[string, string, 'SELECT' | 'ALL', string, string]> = [
  [
    'time_entries_read',
    'time_entries',
    'SELECT',
    `workspace_id = app_workspace_id() AND (app_client_id() IS NULL OR (client_id = app_client_id() AND billable))`,
    `workspace_id = app_workspace_id() AND ${NOT_ACCOUNTANT} AND (app_client_id() IS NULL OR (client_id = app_client_id() AND billable))`,
  ],
  ['meetings_read', 'meetings', 'SELECT', CLIENT_SCOPE, `${CLIENT_SCOPE} AND ${NOT_ACCOUNTANT}`],
  ['deliverables_read', 'deliverables', 'SELECT', CLIENT_SCOPE, `${CLIENT_SCOPE} AND ${NOT_ACCOUNTANT}`],
  ['log_entries_read', 'log_entries', 'SELECT', CLIENT_SCOPE, `${CLIENT_SCOPE} AND ${NOT_ACCOUNTANT}`],
  ['log_heads_access', 'log_heads', 'ALL', CLIENT_SCOPE, `${CLIENT_SCOPE} AND ${NOT_ACCOUNTANT}`],
  ['action_item_states_access', 'action_item_states', 'ALL', CLIENT_SCOPE, `${CLIENT_SCOPE} AND ${NOT_ACCOUNTANT}`],
];

function create(policy: string, table: string, command: 'SELECT' | 'ALL', condition: string): string {
  return command === 'SELECT'
    ? `CREATE POLICY ${policy} ON ${table} FOR SELECT USING (${condition});`
    : `CREATE POLICY ${policy} ON ${table} USING (${condition}) WITH CHECK (${condition});`;
}

export class KeepAccountantsToInvoicing1767226500000 implements MigrationInterface {
  name = 'KeepAccountantsToInvoicing1767226500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [policy, table, command, , after] of POLICIES) {
      await queryRunner.query(`DROP POLICY ${policy} ON ${table}; ${create(policy, table, command, after)}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [policy, table, command, before] of POLICIES) {
      await queryRunner.query(`DROP POLICY ${policy} ON ${table}; ${create(policy, table, command, before)}`);
    }
  }
}
