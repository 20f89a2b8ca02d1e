import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FiguresThatMeanWhatTheySay1796112418488 implements MigrationInterface {
  name = 'FiguresThatMeanWhatTheySay1796112418488';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "district_policy" ADD "coverage_threshold_percent" smallint NOT NULL DEFAULT '95'`,
    );
    await queryRunner.query(`ALTER TABLE "district_policy" ADD "duties_lag_points" smallint NOT NULL DEFAULT '20'`);
    await queryRunner.query(`ALTER TABLE "school_metrics_latest" ADD "mentor_staff_numbers" text array`);
    await queryRunner.query(
      `ALTER TABLE "district_policy" ADD CONSTRAINT "policy_thresholds" CHECK (coverage_threshold_percent BETWEEN 0 AND 100 AND duties_lag_points BETWEEN 0 AND 100 AND training_rate_percent BETWEEN 0 AND 100 AND trial_period_days BETWEEN 0 AND 365)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "district_policy" DROP CONSTRAINT "policy_thresholds"`);
    await queryRunner.query(`ALTER TABLE "school_metrics_latest" DROP COLUMN "mentor_staff_numbers"`);
    await queryRunner.query(`ALTER TABLE "district_policy" DROP COLUMN "duties_lag_points"`);
    await queryRunner.query(`ALTER TABLE "district_policy" DROP COLUMN "coverage_threshold_percent"`);
  }
}
