import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Evaluation1795514190574 implements MigrationInterface {
  name = 'Evaluation1795514190574';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "evaluation_cycle" ("id" uuid NOT NULL, "school_id" uuid NOT NULL, "term" character varying(11) NOT NULL, "status" character varying(9) NOT NULL, "rubric" jsonb NOT NULL, "adaptation_note" text, "excellent_min" numeric, "qualified_min" numeric NOT NULL, "top_excellent" smallint, "created_by" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6e146254b625b14b206d6925fee" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_8b2b7f67e453c7643b7cbe787b" ON "evaluation_cycle" ("school_id", "term") `,
    );
    await queryRunner.query(
      `CREATE TABLE "evaluation_entry" ("cycle_id" uuid NOT NULL, "teacher_id" uuid NOT NULL, "item_key" character varying(40) NOT NULL, "entered_by" uuid NOT NULL, "school_id" uuid NOT NULL, "score" numeric NOT NULL, "entered_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "evaluation_entry_score" CHECK (score >= 0), CONSTRAINT "PK_8236bf0eddba5e84b035a7071d5" PRIMARY KEY ("cycle_id", "teacher_id", "item_key", "entered_by"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "evaluation_result" ("cycle_id" uuid NOT NULL, "teacher_id" uuid NOT NULL, "school_id" uuid NOT NULL, "items" jsonb NOT NULL, "total" numeric NOT NULL, "level" character varying(17) NOT NULL, "term" character varying(11) NOT NULL, CONSTRAINT "PK_3e1f7835282493de5b0382175ca" PRIMARY KEY ("cycle_id", "teacher_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "survey" ("id" uuid NOT NULL, "school_id" uuid NOT NULL, "term" character varying(11) NOT NULL, "audience" character varying(7) NOT NULL, "questions" text array NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f0da32b9181e9c02ecf0be11ed3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_b7f6d07b27496e554a4a1f25d1" ON "survey" ("school_id", "term", "audience") `,
    );
    await queryRunner.query(
      `CREATE TABLE "survey_response" ("id" uuid NOT NULL, "survey_id" uuid NOT NULL, "school_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "scores" smallint array NOT NULL, "comment" text, CONSTRAINT "PK_d9326eb52bf8b23d56a39ce419a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_afb7bd993bac285dec81271c1b" ON "survey_response" ("survey_id", "mentor_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "survey_receipt" ("survey_id" uuid NOT NULL, "respondent_id" uuid NOT NULL, CONSTRAINT "PK_532e2e6fbc3f399462908d5ff3b" PRIMARY KEY ("survey_id", "respondent_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_cycle" ADD CONSTRAINT "FK_c2c228ead497f7a1d425e5aee32" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_entry" ADD CONSTRAINT "FK_a974efb0615f61bebf769732d74" FOREIGN KEY ("cycle_id") REFERENCES "evaluation_cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_entry" ADD CONSTRAINT "FK_5bb38a01448295b65304f15f617" FOREIGN KEY ("teacher_id") REFERENCES "teacher"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_result" ADD CONSTRAINT "FK_0c878094703a92783c3737dbc47" FOREIGN KEY ("cycle_id") REFERENCES "evaluation_cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey" ADD CONSTRAINT "FK_81f724a722e9beaff06e43e28be" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response" ADD CONSTRAINT "FK_3282a960be3ebb4c396bc1e391a" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_receipt" ADD CONSTRAINT "FK_0ed29f800053b92d846ed10ea7a" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey_receipt" DROP CONSTRAINT "FK_0ed29f800053b92d846ed10ea7a"`);
    await queryRunner.query(`ALTER TABLE "survey_response" DROP CONSTRAINT "FK_3282a960be3ebb4c396bc1e391a"`);
    await queryRunner.query(`ALTER TABLE "survey" DROP CONSTRAINT "FK_81f724a722e9beaff06e43e28be"`);
    await queryRunner.query(`ALTER TABLE "evaluation_result" DROP CONSTRAINT "FK_0c878094703a92783c3737dbc47"`);
    await queryRunner.query(`ALTER TABLE "evaluation_entry" DROP CONSTRAINT "FK_5bb38a01448295b65304f15f617"`);
    await queryRunner.query(`ALTER TABLE "evaluation_entry" DROP CONSTRAINT "FK_a974efb0615f61bebf769732d74"`);
    await queryRunner.query(`ALTER TABLE "evaluation_cycle" DROP CONSTRAINT "FK_c2c228ead497f7a1d425e5aee32"`);
    await queryRunner.query(`DROP TABLE "survey_receipt"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_afb7bd993bac285dec81271c1b"`);
    await queryRunner.query(`DROP TABLE "survey_response"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b7f6d07b27496e554a4a1f25d1"`);
    await queryRunner.query(`DROP TABLE "survey"`);
    await queryRunner.query(`DROP TABLE "evaluation_result"`);
    await queryRunner.query(`DROP TABLE "evaluation_entry"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8b2b7f67e453c7643b7cbe787b"`);
    await queryRunner.query(`DROP TABLE "evaluation_cycle"`);
  }
}
