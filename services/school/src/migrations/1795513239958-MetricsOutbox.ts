import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MetricsOutbox1795513239958 implements MigrationInterface {
  name = 'MetricsOutbox1795513239958';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outbox_message" ("id" uuid NOT NULL, "topic" character varying(40) NOT NULL, "school_id" uuid NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "delivered_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_2f36ee5236f2793f3e7bd554589" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_pending" ON "outbox_message" ("created_at") WHERE delivered_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."outbox_pending"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
  }
}
