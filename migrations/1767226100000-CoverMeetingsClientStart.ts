// The dashboard's last held and next scheduled meeting per client read meetings_client_start_idx
// with LIMIT 1. Under row-level security the planner underestimates how many of a client's
// meetings pass the filters and may choose to fetch and sort all of them (22 ms instead of 1 ms
// at 20 000 meetings, see "## Performance" in README.md). With status and id in the index the
// ordered index-only scan is the cheap plan whatever the estimate, and it stops at the first hit.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CoverMeetingsClientStart1767226100000 implements MigrationInterface {
  name = 'CoverMeetingsClientStart1767226100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX meetings_client_start_idx;
      CREATE INDEX meetings_client_start_idx ON meetings (workspace_id, client_id, starts_at) INCLUDE (status, id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX meetings_client_start_idx;
      CREATE INDEX meetings_client_start_idx ON meetings (workspace_id, client_id, starts_at);
    `);
  }
}
