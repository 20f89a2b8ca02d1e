import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RosterImport1795515684421 implements MigrationInterface {
  name = 'RosterImport1795515684421';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "roster_import" ("id" uuid NOT NULL, "school_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "status" character varying(9) NOT NULL, "full_roster" boolean NOT NULL, "file_name" text, "plan" jsonb NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_45aa91a49477018ab4f4da7852d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_14c598b77a82e862ce72d96532" ON "roster_import" ("school_id", "created_at") `,
    );
    await queryRunner.query(`ALTER TABLE "teacher" ADD "subjects" text array NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "teacher" DROP COLUMN "subjects"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_14c598b77a82e862ce72d96532"`);
    await queryRunner.query(`DROP TABLE "roster_import"`);
  }
}
