import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795508102522 implements MigrationInterface {
  name = 'Initial1795508102522';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "district" ("id" uuid NOT NULL, "name" character varying NOT NULL, "code" character varying NOT NULL, CONSTRAINT "UQ_fbfe5cb0d22c2be8c9a9fff5b6b" UNIQUE ("code"), CONSTRAINT "PK_ee5cb6fd5223164bb87ea693f1e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "academic_year" ("id" uuid NOT NULL, "district_id" uuid NOT NULL, "name" character varying(9) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, CONSTRAINT "academic_year_dates" CHECK (ends_on > starts_on), CONSTRAINT "PK_ebe672580520ed92b9e89088325" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_7adc7a18592354c3722da83ee1" ON "academic_year" ("district_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "term" ("id" uuid NOT NULL, "academic_year_id" uuid NOT NULL, "number" smallint NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, CONSTRAINT "term_dates" CHECK (ends_on > starts_on), CONSTRAINT "term_number" CHECK (number IN (1, 2)), CONSTRAINT "PK_55b0479f0743f2e5d5ec414821e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_49d9f3d23dafab638a1ae16311" ON "term" ("academic_year_id", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "district_policy" ("district_id" uuid NOT NULL, "mentor_student_cap" smallint NOT NULL DEFAULT '15', "small_group_threshold" smallint NOT NULL DEFAULT '5', CONSTRAINT "policy_small_group" CHECK (small_group_threshold >= 1), CONSTRAINT "policy_cap_range" CHECK (mentor_student_cap BETWEEN 1 AND 50), CONSTRAINT "PK_b12f682fc948a6a68fa999518a6" PRIMARY KEY ("district_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "school" ("id" uuid NOT NULL, "district_id" uuid NOT NULL, "name" character varying NOT NULL, "code" character varying NOT NULL, "stage" character varying(20) NOT NULL, CONSTRAINT "school_stage" CHECK (stage IN ('PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'VOCATIONAL')), CONSTRAINT "PK_57836c3fe2f2c7734b20911755e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_482a8469eb2fd12546f07d0c67" ON "school" ("district_id", "code") `,
    );
    await queryRunner.query(
      `ALTER TABLE "academic_year" ADD CONSTRAINT "FK_780689f88b697ba705cc398a047" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "term" ADD CONSTRAINT "FK_08a68342b274f137ada4fc30877" FOREIGN KEY ("academic_year_id") REFERENCES "academic_year"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "district_policy" ADD CONSTRAINT "FK_b12f682fc948a6a68fa999518a6" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "school" ADD CONSTRAINT "FK_a9d75b35e8ce9a02aa7d4025fc1" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "school" DROP CONSTRAINT "FK_a9d75b35e8ce9a02aa7d4025fc1"`);
    await queryRunner.query(`ALTER TABLE "district_policy" DROP CONSTRAINT "FK_b12f682fc948a6a68fa999518a6"`);
    await queryRunner.query(`ALTER TABLE "term" DROP CONSTRAINT "FK_08a68342b274f137ada4fc30877"`);
    await queryRunner.query(`ALTER TABLE "academic_year" DROP CONSTRAINT "FK_780689f88b697ba705cc398a047"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_482a8469eb2fd12546f07d0c67"`);
    await queryRunner.query(`DROP TABLE "school"`);
    await queryRunner.query(`DROP TABLE "district_policy"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_49d9f3d23dafab638a1ae16311"`);
    await queryRunner.query(`DROP TABLE "term"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7adc7a18592354c3722da83ee1"`);
    await queryRunner.query(`DROP TABLE "academic_year"`);
    await queryRunner.query(`DROP TABLE "district"`);
  }
}
