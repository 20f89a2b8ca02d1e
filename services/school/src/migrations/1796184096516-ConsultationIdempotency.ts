import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsultationIdempotency1796184096516 implements MigrationInterface {
  name = 'ConsultationIdempotency1796184096516';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_consultation" ADD "idempotency_key" character varying(64)`);
    await queryRunner.query(
      `ALTER TABLE "case_consultation" ADD CONSTRAINT "case_consultation_idempotency" UNIQUE ("recorded_by", "idempotency_key")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_consultation" DROP CONSTRAINT "case_consultation_idempotency"`);
    await queryRunner.query(`ALTER TABLE "case_consultation" DROP COLUMN "idempotency_key"`);
  }
}
