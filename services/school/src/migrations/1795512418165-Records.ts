import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Records1795512418165 implements MigrationInterface {
  name = 'Records1795512418165';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attention_flag" ("student_id" uuid NOT NULL, "category" character varying(24) NOT NULL, "school_id" uuid NOT NULL, "set_by" uuid NOT NULL, "set_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2435f5202fa225bea41f5ca0fc0" PRIMARY KEY ("student_id", "category"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "growth_archive" ("student_id" uuid NOT NULL, "school_id" uuid NOT NULL, "version" integer NOT NULL, "family_structure" character varying(16), "guardians" jsonb NOT NULL DEFAULT '[]', "personality" text, "habits" text, "interests" text, "health_notes" text, "monthly_notes" jsonb NOT NULL DEFAULT '[]', "exam_results" jsonb NOT NULL DEFAULT '[]', "updated_at" TIMESTAMP WITH TIME ZONE, "updated_by" uuid, CONSTRAINT "PK_18ddd99b663a45017f47429832e" PRIMARY KEY ("student_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6058ffb9028f02c7987e8083f1" ON "growth_archive" ("school_id") `);
    await queryRunner.query(
      `CREATE TABLE "case_consultation" ("id" uuid NOT NULL, "school_id" uuid NOT NULL, "classroom_id" uuid NOT NULL, "held_on" date NOT NULL, "recorded_by" uuid NOT NULL, "attendee_ids" uuid array NOT NULL, CONSTRAINT "PK_ea8f019150c21add0a9e989b7ae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9d0c882e920696f3fe3853c6a4" ON "case_consultation" ("classroom_id", "held_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "consultation_decision" ("consultation_id" uuid NOT NULL, "student_id" uuid NOT NULL, "school_id" uuid NOT NULL, "held_on" date NOT NULL, "decision" text NOT NULL, CONSTRAINT "PK_b876a422fd16323af0199f2e83b" PRIMARY KEY ("consultation_id", "student_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "consultation_task" ("id" uuid NOT NULL, "consultation_id" uuid NOT NULL, "school_id" uuid NOT NULL, "description" text NOT NULL, "owner_id" uuid NOT NULL, "student_id" uuid, "due_on" date, "done_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8d14bd706d3cac0acfd13045a90" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2bb316d04ae9e74b76bf8d19cc" ON "consultation_task" ("consultation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d404dd5041989ea8aee99dc1a4" ON "consultation_task" ("owner_id", "done_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "crisis_alert" ("id" uuid NOT NULL, "school_id" uuid NOT NULL, "student_id" uuid NOT NULL, "raised_by" uuid NOT NULL, "level" character varying(8) NOT NULL, "status" character varying(9) NOT NULL, "description" text NOT NULL, "referred_to" text, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL, "picked_up_at" TIMESTAMP WITH TIME ZONE, "idempotency_key" character varying(64) NOT NULL, "version" integer NOT NULL DEFAULT '0', CONSTRAINT "crisis_alert_idempotency" UNIQUE ("raised_by", "idempotency_key"), CONSTRAINT "crisis_alert_level" CHECK (level IN ('LOW','MODERATE','HIGH','IMMINENT')), CONSTRAINT "crisis_alert_status" CHECK (status IN ('REPORTED','ASSESSING','REFERRED','CLOSED')), CONSTRAINT "PK_bb6d896e3678f00594b482059c6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f086f57c3995b573d322d1c2be" ON "crisis_alert" ("student_id") `);
    await queryRunner.query(
      `CREATE INDEX "crisis_alert_open" ON "crisis_alert" ("school_id", "reported_at") WHERE status <> 'CLOSED'`,
    );
    await queryRunner.query(
      `CREATE TABLE "crisis_alert_event" ("id" uuid NOT NULL, "alert_id" uuid NOT NULL, "school_id" uuid NOT NULL, "status" character varying(9) NOT NULL, "actor_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "note" text, CONSTRAINT "PK_a3f5a28dcf14a28af49fd5b4c50" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9432b1f1ea931ac815ae2d7264" ON "crisis_alert_event" ("alert_id") `);
    await queryRunner.query(
      `CREATE TABLE "access_log" ("id" BIGSERIAL NOT NULL, "school_id" uuid NOT NULL, "actor_id" uuid NOT NULL, "actor_role" character varying(16) NOT NULL, "student_id" uuid NOT NULL, "fields" text array NOT NULL, "request_id" character varying(64) NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_bd09621fb73b42d9e32b85ae41f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "access_log_by_student" ON "access_log" ("student_id", "id") `);
    await queryRunner.query(`CREATE INDEX "access_log_by_school" ON "access_log" ("school_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "duty_rule" ("school_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "period" character varying(5) NOT NULL, "min_count" smallint NOT NULL, CONSTRAINT "duty_rule_min" CHECK (min_count BETWEEN 1 AND 31), CONSTRAINT "PK_c8ea613aa90b248571b6689b1d3" PRIMARY KEY ("school_id", "kind", "period"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "mentor_record" ("id" uuid NOT NULL, "school_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "author_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "term" character varying(11) NOT NULL, "content" text NOT NULL, "place" text, "topic" text, "contact_method" character varying(8), "optional_action" text, "published_at" TIMESTAMP WITH TIME ZONE, "idempotency_key" character varying(64) NOT NULL, "request_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "mentor_record_idempotency" UNIQUE ("author_id", "idempotency_key"), CONSTRAINT "mentor_record_kind" CHECK (kind IN ('HOME_VISIT','TALK','WRITTEN_FEEDBACK','GROUP_ACTIVITY','PARENT_CONTACT','CASE_ANALYSIS','OPTIONAL_ACTION')), CONSTRAINT "PK_086ae2d9c15fd8afdaeade1b208" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_140ada6d208d4ec363e02b7826" ON "mentor_record" ("school_id") `);
    await queryRunner.query(
      `CREATE TABLE "record_student" ("record_id" uuid NOT NULL, "student_id" uuid NOT NULL, "school_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "term" character varying(11) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_20aaab49d248960f4ca0a50556e" PRIMARY KEY ("record_id", "student_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_54c68d83205e663ae060d24aff" ON "record_student" ("school_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "record_student_one_feedback" ON "record_student" ("student_id", "term") WHERE kind = 'WRITTEN_FEEDBACK' AND published`,
    );
    await queryRunner.query(
      `CREATE INDEX "record_student_duties" ON "record_student" ("student_id", "term", "kind", "occurred_at") `,
    );
    await queryRunner.query(`ALTER TABLE "school" ADD "crisis_pickup_hours" smallint NOT NULL DEFAULT '24'`);
    await queryRunner.query(
      `ALTER TABLE "school" ADD "optional_actions" text array NOT NULL DEFAULT '{共进午餐,共读一本书,一起运动,共同劳动}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "attention_flag" ADD CONSTRAINT "FK_2516fe551179377aef7e992da14" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attention_flag" ADD CONSTRAINT "FK_d75f369dd32439d56080aa6c9b7" FOREIGN KEY ("student_id") REFERENCES "student"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "growth_archive" ADD CONSTRAINT "FK_6058ffb9028f02c7987e8083f10" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "growth_archive" ADD CONSTRAINT "FK_18ddd99b663a45017f47429832e" FOREIGN KEY ("student_id") REFERENCES "student"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_consultation" ADD CONSTRAINT "FK_5157bbf7fcd5cd894942f6f9ec2" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_consultation" ADD CONSTRAINT "FK_6f7047fa468f818081cae726c8d" FOREIGN KEY ("classroom_id") REFERENCES "classroom"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_decision" ADD CONSTRAINT "FK_a32590ffdd38ea1a14e3433dc99" FOREIGN KEY ("consultation_id") REFERENCES "case_consultation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_decision" ADD CONSTRAINT "FK_5a16163287b177849d6a499e9bf" FOREIGN KEY ("student_id") REFERENCES "student"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_task" ADD CONSTRAINT "FK_2bb316d04ae9e74b76bf8d19cc0" FOREIGN KEY ("consultation_id") REFERENCES "case_consultation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_task" ADD CONSTRAINT "FK_5f2301dd3728d575054751e6325" FOREIGN KEY ("owner_id") REFERENCES "teacher"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crisis_alert" ADD CONSTRAINT "FK_4fc038594c56f45b4230a29af47" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crisis_alert" ADD CONSTRAINT "FK_f086f57c3995b573d322d1c2bec" FOREIGN KEY ("student_id") REFERENCES "student"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crisis_alert" ADD CONSTRAINT "FK_6036b6c00657f3f3af753a6dafb" FOREIGN KEY ("raised_by") REFERENCES "teacher"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crisis_alert_event" ADD CONSTRAINT "FK_9432b1f1ea931ac815ae2d72642" FOREIGN KEY ("alert_id") REFERENCES "crisis_alert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "duty_rule" ADD CONSTRAINT "FK_be251dcd862fbd00aaac074abf1" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_record" ADD CONSTRAINT "FK_140ada6d208d4ec363e02b78264" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_record" ADD CONSTRAINT "FK_e546ae32c016b931d98239ebeca" FOREIGN KEY ("author_id") REFERENCES "teacher"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "record_student" ADD CONSTRAINT "FK_fac1175e56a52450d3f6fab57f3" FOREIGN KEY ("record_id") REFERENCES "mentor_record"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "record_student" ADD CONSTRAINT "FK_aa88db0274676b4338bc32bbe50" FOREIGN KEY ("student_id") REFERENCES "student"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "record_student" DROP CONSTRAINT "FK_aa88db0274676b4338bc32bbe50"`);
    await queryRunner.query(`ALTER TABLE "record_student" DROP CONSTRAINT "FK_fac1175e56a52450d3f6fab57f3"`);
    await queryRunner.query(`ALTER TABLE "mentor_record" DROP CONSTRAINT "FK_e546ae32c016b931d98239ebeca"`);
    await queryRunner.query(`ALTER TABLE "mentor_record" DROP CONSTRAINT "FK_140ada6d208d4ec363e02b78264"`);
    await queryRunner.query(`ALTER TABLE "duty_rule" DROP CONSTRAINT "FK_be251dcd862fbd00aaac074abf1"`);
    await queryRunner.query(`ALTER TABLE "crisis_alert_event" DROP CONSTRAINT "FK_9432b1f1ea931ac815ae2d72642"`);
    await queryRunner.query(`ALTER TABLE "crisis_alert" DROP CONSTRAINT "FK_6036b6c00657f3f3af753a6dafb"`);
    await queryRunner.query(`ALTER TABLE "crisis_alert" DROP CONSTRAINT "FK_f086f57c3995b573d322d1c2bec"`);
    await queryRunner.query(`ALTER TABLE "crisis_alert" DROP CONSTRAINT "FK_4fc038594c56f45b4230a29af47"`);
    await queryRunner.query(`ALTER TABLE "consultation_task" DROP CONSTRAINT "FK_5f2301dd3728d575054751e6325"`);
    await queryRunner.query(`ALTER TABLE "consultation_task" DROP CONSTRAINT "FK_2bb316d04ae9e74b76bf8d19cc0"`);
    await queryRunner.query(`ALTER TABLE "consultation_decision" DROP CONSTRAINT "FK_5a16163287b177849d6a499e9bf"`);
    await queryRunner.query(`ALTER TABLE "consultation_decision" DROP CONSTRAINT "FK_a32590ffdd38ea1a14e3433dc99"`);
    await queryRunner.query(`ALTER TABLE "case_consultation" DROP CONSTRAINT "FK_6f7047fa468f818081cae726c8d"`);
    await queryRunner.query(`ALTER TABLE "case_consultation" DROP CONSTRAINT "FK_5157bbf7fcd5cd894942f6f9ec2"`);
    await queryRunner.query(`ALTER TABLE "growth_archive" DROP CONSTRAINT "FK_18ddd99b663a45017f47429832e"`);
    await queryRunner.query(`ALTER TABLE "growth_archive" DROP CONSTRAINT "FK_6058ffb9028f02c7987e8083f10"`);
    await queryRunner.query(`ALTER TABLE "attention_flag" DROP CONSTRAINT "FK_d75f369dd32439d56080aa6c9b7"`);
    await queryRunner.query(`ALTER TABLE "attention_flag" DROP CONSTRAINT "FK_2516fe551179377aef7e992da14"`);
    await queryRunner.query(`ALTER TABLE "school" DROP COLUMN "optional_actions"`);
    await queryRunner.query(`ALTER TABLE "school" DROP COLUMN "crisis_pickup_hours"`);
    await queryRunner.query(`DROP INDEX "public"."record_student_duties"`);
    await queryRunner.query(`DROP INDEX "public"."record_student_one_feedback"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_54c68d83205e663ae060d24aff"`);
    await queryRunner.query(`DROP TABLE "record_student"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_140ada6d208d4ec363e02b7826"`);
    await queryRunner.query(`DROP TABLE "mentor_record"`);
    await queryRunner.query(`DROP TABLE "duty_rule"`);
    await queryRunner.query(`DROP INDEX "public"."access_log_by_school"`);
    await queryRunner.query(`DROP INDEX "public"."access_log_by_student"`);
    await queryRunner.query(`DROP TABLE "access_log"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9432b1f1ea931ac815ae2d7264"`);
    await queryRunner.query(`DROP TABLE "crisis_alert_event"`);
    await queryRunner.query(`DROP INDEX "public"."crisis_alert_open"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f086f57c3995b573d322d1c2be"`);
    await queryRunner.query(`DROP TABLE "crisis_alert"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d404dd5041989ea8aee99dc1a4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2bb316d04ae9e74b76bf8d19cc"`);
    await queryRunner.query(`DROP TABLE "consultation_task"`);
    await queryRunner.query(`DROP TABLE "consultation_decision"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9d0c882e920696f3fe3853c6a4"`);
    await queryRunner.query(`DROP TABLE "case_consultation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6058ffb9028f02c7987e8083f1"`);
    await queryRunner.query(`DROP TABLE "growth_archive"`);
    await queryRunner.query(`DROP TABLE "attention_flag"`);
  }
}
