// A client viewer reads their client's billable time entries only: what the client's days were
// spent on. Non-billable time is the leader's own business (preparation, admin, goodwill), and the
// database refuses it to a viewer even where a query forgets the service's filter. The leader and
// the accountant (no app.client_id) read as before.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ShowClientViewersBillableTimeOnly1767226400000 implements MigrationInterface {
  name = 'ShowClientViewersBillableTimeOnly1767226400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP POLICY time_entries_read ON time_entries;
      CREATE POLICY time_entries_read ON time_entries FOR SELECT
        USING (workspace_id = app_workspace_id() AND (app_client_id() IS NULL OR (client_id = app_client_id() AND billable)));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP POLICY time_entries_read ON time_entries;
      CREATE POLICY time_entries_read ON time_entries FOR SELECT
        USING (workspace_id = app_workspace_id() AND (app_client_id() IS NULL OR client_id = app_client_id()));
    `);
  }
}
