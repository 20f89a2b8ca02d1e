import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Training1795516285968 implements MigrationInterface {
  name = 'Training1795516285968';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "training_course" ("id" uuid NOT NULL, "district_id" uuid NOT NULL, "school_id" uuid, "title" character varying NOT NULL, "topic" character varying(30) NOT NULL, "hours" numeric NOT NULL, "required" boolean NOT NULL, "stages" text array NOT NULL DEFAULT '{}', CONSTRAINT "training_course_hours" CHECK (hours > 0), CONSTRAINT "PK_56adcccf0f40e261ee7cac6c6b1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a17b56401f1f66c8471089dc94" ON "training_course" ("district_id", "title") `,
    );
    await queryRunner.query(
      `CREATE TABLE "training_completion" ("id" uuid NOT NULL, "course_id" uuid NOT NULL, "school_id" uuid NOT NULL, "staff_number" character varying NOT NULL, "completed_on" date NOT NULL, "hours" numeric NOT NULL, "passed" boolean NOT NULL, "recorded_by" uuid NOT NULL, CONSTRAINT "training_completion_hours" CHECK (hours >= 0), CONSTRAINT "PK_9e355423993cc04ac0a49161bcc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_21250dc19ad0f3c6be1e1017ee" ON "training_completion" ("school_id", "staff_number", "course_id") `,
    );
    await queryRunner.query(`ALTER TABLE "district_policy" ADD "trial_period_days" smallint NOT NULL DEFAULT '30'`);
    await queryRunner.query(`ALTER TABLE "district_policy" ADD "training_rate_percent" smallint NOT NULL DEFAULT '80'`);
    await queryRunner.query(
      `ALTER TABLE "training_course" ADD CONSTRAINT "FK_619408c775359d1149f386ad53d" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_course" ADD CONSTRAINT "FK_18b17d655e822c0fea3dba2de3d" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_completion" ADD CONSTRAINT "FK_7c9f831ff0c9b25849e341998a2" FOREIGN KEY ("course_id") REFERENCES "training_course"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_completion" ADD CONSTRAINT "FK_307caed4e3791a7f7a161c2b7ba" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training_completion" DROP CONSTRAINT "FK_307caed4e3791a7f7a161c2b7ba"`);
    await queryRunner.query(`ALTER TABLE "training_completion" DROP CONSTRAINT "FK_7c9f831ff0c9b25849e341998a2"`);
    await queryRunner.query(`ALTER TABLE "training_course" DROP CONSTRAINT "FK_18b17d655e822c0fea3dba2de3d"`);
    await queryRunner.query(`ALTER TABLE "training_course" DROP CONSTRAINT "FK_619408c775359d1149f386ad53d"`);
    await queryRunner.query(`ALTER TABLE "district_policy" DROP COLUMN "training_rate_percent"`);
    await queryRunner.query(`ALTER TABLE "district_policy" DROP COLUMN "trial_period_days"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_21250dc19ad0f3c6be1e1017ee"`);
    await queryRunner.query(`DROP TABLE "training_completion"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a17b56401f1f66c8471089dc94"`);
    await queryRunner.query(`DROP TABLE "training_course"`);
  }
}
