import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SurveyBallots1796101855546 implements MigrationInterface {
  name = 'SurveyBallots1796101855546';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "survey_ballot_key" ("id" uuid NOT NULL, "survey_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "modulus" text NOT NULL, "public_exponent" text NOT NULL, "private_key" text, CONSTRAINT "PK_6b648548a3df01a19ec42f2f77c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_19b30ce1a219911ff3b4a1ae34" ON "survey_ballot_key" ("survey_id", "mentor_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "survey_spent_ballot" ("survey_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, CONSTRAINT "PK_7261c58cbb54f122405b2c7036a" PRIMARY KEY ("survey_id", "token_hash"))`,
    );
    await queryRunner.query(`ALTER TABLE "survey" ADD "sealed" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "survey_ballot_key" ADD CONSTRAINT "FK_a0527d0bdeef6bd70b9a600da3e" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_spent_ballot" ADD CONSTRAINT "FK_0f056218ece888d15f0ee08708c" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Answers written before this shared a transaction (xmin) with their receipt: rewrite them all, in random
    // order, in this one. Their old versions stay on disk until VACUUM FULL survey_response (run it after).
    await queryRunner.query(
      `CREATE TEMP TABLE "survey_response_shuffled" AS SELECT * FROM "survey_response" ORDER BY random()`,
    );
    await queryRunner.query(`DELETE FROM "survey_response"`);
    await queryRunner.query(`INSERT INTO "survey_response" SELECT * FROM "survey_response_shuffled"`);
    await queryRunner.query(`DROP TABLE "survey_response_shuffled"`);
    // Nothing is held for surveys closed already.
    await queryRunner.query(`UPDATE "survey" SET "sealed" = true WHERE "closes_at" <= now()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey_spent_ballot" DROP CONSTRAINT "FK_0f056218ece888d15f0ee08708c"`);
    await queryRunner.query(`ALTER TABLE "survey_ballot_key" DROP CONSTRAINT "FK_a0527d0bdeef6bd70b9a600da3e"`);
    await queryRunner.query(`ALTER TABLE "survey" DROP COLUMN "sealed"`);
    await queryRunner.query(`DROP TABLE "survey_spent_ballot"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_19b30ce1a219911ff3b4a1ae34"`);
    await queryRunner.query(`DROP TABLE "survey_ballot_key"`);
  }
}
