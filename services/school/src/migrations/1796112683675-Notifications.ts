import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796112683675 implements MigrationInterface {
  name = 'Notifications1796112683675';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_channel" ("id" uuid NOT NULL, "school_id" uuid NOT NULL, "kind" character varying(14) NOT NULL, "name" character varying(60) NOT NULL, "topics" text array NOT NULL, "target_sealed" text, "target_host" text NOT NULL, "secret_sealed" text, "settings" jsonb NOT NULL DEFAULT '{}', "consecutive_failures" integer NOT NULL DEFAULT '0', "last_error" text, "last_success_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "notification_channel_kind" CHECK (kind IN ('WECOM_ROBOT','DINGTALK_ROBOT','EMAIL')), CONSTRAINT "PK_50b36f3daa5dd86f7e707740b23" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "notification_channel_school" ON "notification_channel" ("school_id") `);
    await queryRunner.query(
      `CREATE TABLE "notification_settings" ("school_id" uuid NOT NULL, "quiet_start" smallint, "quiet_end" smallint, "district_contact_email" text, CONSTRAINT "PK_9be84a1fce6a98cad07770dee77" PRIMARY KEY ("school_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preference" ("school_id" uuid NOT NULL, "person_id" text NOT NULL, "role" character varying(20) NOT NULL, "email" text, "opted_out" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_b312324f389b8b9d7bf7da1b8af" PRIMARY KEY ("school_id", "person_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_delivery" ("id" uuid NOT NULL, "key" text NOT NULL, "message_id" uuid NOT NULL, "school_id" uuid NOT NULL, "channel_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "to_address" text, "subject" text NOT NULL, "body" text NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_f6181e4c933e566cf05c5de2cd7" UNIQUE ("key"), CONSTRAINT "PK_109dea88c25343da49d86de6bfd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d5af4b90cf861341dbc940eae6" ON "notification_delivery" ("channel_id") `);
    await queryRunner.query(
      `CREATE INDEX "notification_delivery_due" ON "notification_delivery" ("next_attempt_at") WHERE sent_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_attempt" ("id" uuid NOT NULL, "delivery_id" uuid NOT NULL, "channel_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "ok" boolean NOT NULL, "error" text, CONSTRAINT "PK_f77a48c4e0332fdb9a5e6c7473d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_00d472bd8aa557c46e7e0107be" ON "notification_attempt" ("delivery_id") `);
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL, "message_id" uuid NOT NULL, "school_id" uuid NOT NULL, "audience" text NOT NULL, "grade_ids" uuid array, "kind" character varying(20) NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "link" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "notification_once" ON "notification" ("message_id", "audience") `);
    await queryRunner.query(
      `CREATE INDEX "notification_inbox" ON "notification" ("school_id", "audience", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_read" ("notification_id" uuid NOT NULL, "person_id" text NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_8c262cc9b1accbae47899ee1593" PRIMARY KEY ("notification_id", "person_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_channel" ADD CONSTRAINT "FK_a8cf256eda8725ba615a015b9e3" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_settings" ADD CONSTRAINT "FK_9be84a1fce6a98cad07770dee77" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_settings" DROP CONSTRAINT "FK_9be84a1fce6a98cad07770dee77"`);
    await queryRunner.query(`ALTER TABLE "notification_channel" DROP CONSTRAINT "FK_a8cf256eda8725ba615a015b9e3"`);
    await queryRunner.query(`DROP TABLE "notification_read"`);
    await queryRunner.query(`DROP INDEX "public"."notification_inbox"`);
    await queryRunner.query(`DROP INDEX "public"."notification_once"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_00d472bd8aa557c46e7e0107be"`);
    await queryRunner.query(`DROP TABLE "notification_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."notification_delivery_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d5af4b90cf861341dbc940eae6"`);
    await queryRunner.query(`DROP TABLE "notification_delivery"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP TABLE "notification_settings"`);
    await queryRunner.query(`DROP INDEX "public"."notification_channel_school"`);
    await queryRunner.query(`DROP TABLE "notification_channel"`);
  }
}
