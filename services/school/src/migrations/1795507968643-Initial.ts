import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795507968643 implements MigrationInterface {
  name = 'Initial1795507968643';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "school" ("id" uuid NOT NULL, "district_id" uuid NOT NULL, CONSTRAINT "PK_57836c3fe2f2c7734b20911755e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "grade" ("id" uuid NOT NULL, "school_id" uuid NOT NULL, "level" smallint NOT NULL, "name" character varying NOT NULL, CONSTRAINT "grade_level_range" CHECK (level BETWEEN 1 AND 12), CONSTRAINT "PK_58c2176c3ae96bf57daebdbcb5e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7a556d658b69d69a42ac155e2b" ON "grade" ("school_id", "level") `);
    await queryRunner.query(
      `CREATE TABLE "teacher" ("id" uuid NOT NULL, "school_id" uuid NOT NULL, "staff_number" character varying NOT NULL, "name" character varying NOT NULL, "gender" character varying(6) NOT NULL, "phone" character varying, "left_on" date, CONSTRAINT "teacher_gender" CHECK (gender IN ('MALE', 'FEMALE')), CONSTRAINT "PK_2f807294148612a9751dacf1026" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_55c14488b312d47c2a783495ec" ON "teacher" ("school_id", "staff_number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "classroom" ("id" uuid NOT NULL, "school_id" uuid NOT NULL, "grade_id" uuid NOT NULL, "name" character varying NOT NULL, "head_teacher_id" uuid, CONSTRAINT "PK_729f896c8b7b96ddf10c341e6ff" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fdb65b1c6e2a664c1d3e24661f" ON "classroom" ("grade_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_6011e8d814664fb8212dcf761a" ON "classroom" ("school_id", "grade_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "student" ("id" uuid NOT NULL, "school_id" uuid NOT NULL, "classroom_id" uuid NOT NULL, "student_number" character varying NOT NULL, "name" character varying NOT NULL, "gender" character varying(6) NOT NULL, "left_on" date, CONSTRAINT "student_gender" CHECK (gender IN ('MALE', 'FEMALE')), CONSTRAINT "PK_3d8016e1cb58429474a3c041904" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a285ca03d7198308720677f531" ON "student" ("classroom_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_5fb780b03dd2ca5fc40c348cf7" ON "student" ("school_id", "student_number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mentorship" ("id" uuid NOT NULL, "school_id" uuid NOT NULL, "student_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "role" character varying(10) NOT NULL, "academic_year" character varying(9) NOT NULL, "started_on" date NOT NULL, "ended_on" date, "end_reason" character varying, CONSTRAINT "mentorship_period" CHECK (ended_on IS NULL OR ended_on >= started_on), CONSTRAINT "mentorship_role" CHECK (role IN ('LEAD', 'SUPPORTING')), CONSTRAINT "PK_9db7a3f2fe493dcf5da7526bc9c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_45397a496384972c64d7cfd24a" ON "mentorship" ("school_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_77bf6ab0d560ab539c4def4a02" ON "mentorship" ("student_id") `);
    await queryRunner.query(
      `CREATE INDEX "mentorship_active_by_mentor" ON "mentorship" ("mentor_id") WHERE ended_on IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "mentorship_one_active_lead" ON "mentorship" ("student_id") WHERE role = 'LEAD' AND ended_on IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "teaching_assignment" ("id" uuid NOT NULL, "school_id" uuid NOT NULL, "teacher_id" uuid NOT NULL, "classroom_id" uuid NOT NULL, "subject" character varying NOT NULL, CONSTRAINT "PK_fbdde00437d6e06902a1fb7b45a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0e193a27206d9060d1c30fd7cf" ON "teaching_assignment" ("teacher_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_eea3698ed95a428535f3b59b62" ON "teaching_assignment" ("classroom_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_e9e4bc76122ce87be729127561" ON "teaching_assignment" ("teacher_id", "classroom_id", "subject") `,
    );
    await queryRunner.query(
      `ALTER TABLE "grade" ADD CONSTRAINT "FK_73fada4af773eec5a784bb85fe8" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "teacher" ADD CONSTRAINT "FK_a1399028f9db85c88f2cf3f0b38" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "classroom" ADD CONSTRAINT "FK_1cc38e80e4137dafc6c79b721c1" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "classroom" ADD CONSTRAINT "FK_fdb65b1c6e2a664c1d3e24661fd" FOREIGN KEY ("grade_id") REFERENCES "grade"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "classroom" ADD CONSTRAINT "FK_6b6913dba1d6e5cfa2812324687" FOREIGN KEY ("head_teacher_id") REFERENCES "teacher"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "student" ADD CONSTRAINT "FK_64b13bd6b0dd5e036f81bf2b6d6" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "student" ADD CONSTRAINT "FK_a285ca03d7198308720677f5315" FOREIGN KEY ("classroom_id") REFERENCES "classroom"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorship" ADD CONSTRAINT "FK_45397a496384972c64d7cfd24a6" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorship" ADD CONSTRAINT "FK_77bf6ab0d560ab539c4def4a02a" FOREIGN KEY ("student_id") REFERENCES "student"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorship" ADD CONSTRAINT "FK_10a33d92442e1fca67567242879" FOREIGN KEY ("mentor_id") REFERENCES "teacher"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "teaching_assignment" ADD CONSTRAINT "FK_fc532381b2548685549cfedcd2f" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "teaching_assignment" ADD CONSTRAINT "FK_0e193a27206d9060d1c30fd7cfb" FOREIGN KEY ("teacher_id") REFERENCES "teacher"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "teaching_assignment" ADD CONSTRAINT "FK_eea3698ed95a428535f3b59b625" FOREIGN KEY ("classroom_id") REFERENCES "classroom"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "teaching_assignment" DROP CONSTRAINT "FK_eea3698ed95a428535f3b59b625"`);
    await queryRunner.query(`ALTER TABLE "teaching_assignment" DROP CONSTRAINT "FK_0e193a27206d9060d1c30fd7cfb"`);
    await queryRunner.query(`ALTER TABLE "teaching_assignment" DROP CONSTRAINT "FK_fc532381b2548685549cfedcd2f"`);
    await queryRunner.query(`ALTER TABLE "mentorship" DROP CONSTRAINT "FK_10a33d92442e1fca67567242879"`);
    await queryRunner.query(`ALTER TABLE "mentorship" DROP CONSTRAINT "FK_77bf6ab0d560ab539c4def4a02a"`);
    await queryRunner.query(`ALTER TABLE "mentorship" DROP CONSTRAINT "FK_45397a496384972c64d7cfd24a6"`);
    await queryRunner.query(`ALTER TABLE "student" DROP CONSTRAINT "FK_a285ca03d7198308720677f5315"`);
    await queryRunner.query(`ALTER TABLE "student" DROP CONSTRAINT "FK_64b13bd6b0dd5e036f81bf2b6d6"`);
    await queryRunner.query(`ALTER TABLE "classroom" DROP CONSTRAINT "FK_6b6913dba1d6e5cfa2812324687"`);
    await queryRunner.query(`ALTER TABLE "classroom" DROP CONSTRAINT "FK_fdb65b1c6e2a664c1d3e24661fd"`);
    await queryRunner.query(`ALTER TABLE "classroom" DROP CONSTRAINT "FK_1cc38e80e4137dafc6c79b721c1"`);
    await queryRunner.query(`ALTER TABLE "teacher" DROP CONSTRAINT "FK_a1399028f9db85c88f2cf3f0b38"`);
    await queryRunner.query(`ALTER TABLE "grade" DROP CONSTRAINT "FK_73fada4af773eec5a784bb85fe8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e9e4bc76122ce87be729127561"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eea3698ed95a428535f3b59b62"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0e193a27206d9060d1c30fd7cf"`);
    await queryRunner.query(`DROP TABLE "teaching_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."mentorship_one_active_lead"`);
    await queryRunner.query(`DROP INDEX "public"."mentorship_active_by_mentor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_77bf6ab0d560ab539c4def4a02"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_45397a496384972c64d7cfd24a"`);
    await queryRunner.query(`DROP TABLE "mentorship"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5fb780b03dd2ca5fc40c348cf7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a285ca03d7198308720677f531"`);
    await queryRunner.query(`DROP TABLE "student"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6011e8d814664fb8212dcf761a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fdb65b1c6e2a664c1d3e24661f"`);
    await queryRunner.query(`DROP TABLE "classroom"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_55c14488b312d47c2a783495ec"`);
    await queryRunner.query(`DROP TABLE "teacher"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7a556d658b69d69a42ac155e2b"`);
    await queryRunner.query(`DROP TABLE "grade"`);
    await queryRunner.query(`DROP TABLE "school"`);
  }
}
