import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditTrail1796101985008 implements MigrationInterface {
  name = 'AuditTrail1796101985008';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."access_log_by_school"`);
    await queryRunner.query(
      `CREATE TABLE "access_review" ("id" uuid NOT NULL, "school_id" uuid NOT NULL, "opened_by" uuid NOT NULL, "reason" text NOT NULL, "reader_id" uuid, "from_at" TIMESTAMP WITH TIME ZONE NOT NULL, "to_at" TIMESTAMP WITH TIME ZONE NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "request_id" character varying(64) NOT NULL, CONSTRAINT "PK_6adbbc064ab5f4478b4666e417c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "access_review_by_school" ON "access_review" ("school_id", "opened_at") `);
    // Renamed, not dropped: existing rows keep their time (the log now holds writes too).
    await queryRunner.query(`ALTER TABLE "access_log" RENAME COLUMN "read_at" TO "at"`);
    await queryRunner.query(`ALTER TABLE "access_log" ADD "action" character varying(5) NOT NULL DEFAULT 'READ'`);
    await queryRunner.query(`ALTER TABLE "access_log" ADD "sealed" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "access_log" ADD "origin" character varying(64)`);
    // Reads logged before: the fields only read when the data exists move to sealed rows of their own.
    const sealed = `ARRAY['crisisAlert.description', 'crisisAlert.student', 'consultation.decision']`;
    await queryRunner.query(`INSERT INTO "access_log" ("school_id", "actor_id", "actor_role", "student_id", "fields", "request_id", "at", "action", "sealed")
      SELECT "school_id", "actor_id", "actor_role", "student_id", ARRAY(SELECT unnest("fields") INTERSECT SELECT unnest(${sealed})), "request_id", "at", 'READ', true FROM "access_log" WHERE "fields" && ${sealed}`);
    await queryRunner.query(
      `UPDATE "access_log" SET "fields" = ARRAY(SELECT unnest("fields") EXCEPT SELECT unnest(${sealed})) WHERE NOT "sealed" AND "fields" && ${sealed}`,
    );
    await queryRunner.query(`DELETE FROM "access_log" WHERE NOT "sealed" AND "fields" = '{}'`);
    await queryRunner.query(`CREATE INDEX "access_log_by_reader" ON "access_log" ("school_id", "actor_id", "at") `);
    await queryRunner.query(`CREATE INDEX "access_log_by_school" ON "access_log" ("school_id", "at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."access_log_by_school"`);
    await queryRunner.query(`DROP INDEX "public"."access_log_by_reader"`);
    await queryRunner.query(`ALTER TABLE "access_log" DROP COLUMN "origin"`);
    await queryRunner.query(`ALTER TABLE "access_log" DROP COLUMN "sealed"`);
    await queryRunner.query(`DELETE FROM "access_log" WHERE "action" = 'WRITE'`);
    await queryRunner.query(`ALTER TABLE "access_log" DROP COLUMN "action"`);
    await queryRunner.query(`ALTER TABLE "access_log" RENAME COLUMN "at" TO "read_at"`);
    await queryRunner.query(`DROP INDEX "public"."access_review_by_school"`);
    await queryRunner.query(`DROP TABLE "access_review"`);
    await queryRunner.query(`CREATE INDEX "access_log_by_school" ON "access_log" ("school_id", "id") `);
  }
}
