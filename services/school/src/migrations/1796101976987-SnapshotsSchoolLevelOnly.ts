import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Snapshots of topic v1 carried grade and classroom cells with exact sensitive counts (DISCLOSURE.md).
 * Those still waiting would be refused by the district, and those delivered are copies of what must no
 * longer leave the school: drop them all. The next scheduled run queues v2 snapshots (school level, bands).
 */
export class SnapshotsSchoolLevelOnly1796101976987 implements MigrationInterface {
  name = 'SnapshotsSchoolLevelOnly1796101976987';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "outbox_message" WHERE "topic" = 'metrics.snapshot.v1'`);
  }

  public async down(): Promise<void> {
    // Deleted snapshots are not restored: they held what the district must not receive.
  }
}
