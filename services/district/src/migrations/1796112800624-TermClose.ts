import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TermClose1796112800624 implements MigrationInterface {
  name = 'TermClose1796112800624';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "school_term_close" ("school_id" uuid NOT NULL, "term" character varying(11) NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "figures" jsonb NOT NULL, CONSTRAINT "PK_810d6637b85f17b312e92d66788" PRIMARY KEY ("school_id", "term"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "district_term_close" ("district_id" uuid NOT NULL, "term" character varying(11) NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_by" uuid NOT NULL, "missing_school_ids" uuid array NOT NULL, "schools" jsonb NOT NULL, CONSTRAINT "PK_384cef7e26d77f7a54bac86a2c4" PRIMARY KEY ("district_id", "term"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "recognition_received" ("recognition_id" uuid NOT NULL, "school_id" uuid NOT NULL, "term" character varying(11) NOT NULL, "teachers" jsonb NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2fdd16964576d5f3c154c9d05ac" PRIMARY KEY ("recognition_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "recognition_received"`);
    await queryRunner.query(`DROP TABLE "district_term_close"`);
    await queryRunner.query(`DROP TABLE "school_term_close"`);
  }
}
