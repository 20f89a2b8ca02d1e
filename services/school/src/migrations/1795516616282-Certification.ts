import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Certification1795516616282 implements MigrationInterface {
  name = 'Certification1795516616282';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mentor_status_change" ("id" uuid NOT NULL, "school_id" uuid NOT NULL, "teacher_id" uuid NOT NULL, "from_status" character varying(12) NOT NULL, "to_status" character varying(12) NOT NULL, "reason" text, "changed_by" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5d33e9179ac63cac1ab04940d67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f68bf2def51826f024348b0d52" ON "mentor_status_change" ("teacher_id", "at") `,
    );
    await queryRunner.query(`ALTER TABLE "teacher" ADD "trial_started_on" date`);
    await queryRunner.query(`ALTER TABLE "teacher" ADD "certified_on" date`);
    await queryRunner.query(
      `ALTER TABLE "mentor_status_change" ADD CONSTRAINT "FK_35fec66e6acae8b1f9f0c22c295" FOREIGN KEY ("teacher_id") REFERENCES "teacher"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mentor_status_change" DROP CONSTRAINT "FK_35fec66e6acae8b1f9f0c22c295"`);
    await queryRunner.query(`ALTER TABLE "teacher" DROP COLUMN "certified_on"`);
    await queryRunner.query(`ALTER TABLE "teacher" DROP COLUMN "trial_started_on"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f68bf2def51826f024348b0d52"`);
    await queryRunner.query(`DROP TABLE "mentor_status_change"`);
  }
}
