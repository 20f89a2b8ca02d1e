import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EvaluationTemplate1795517846936 implements MigrationInterface {
  name = 'EvaluationTemplate1795517846936';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "district_policy" ADD "evaluation_template" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "district_policy" DROP COLUMN "evaluation_template"`);
  }
}
