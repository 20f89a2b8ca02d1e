import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Matching1795510220784 implements MigrationInterface {
  name = 'Matching1795510220784';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "matching_round" ("id" uuid NOT NULL, "school_id" uuid NOT NULL, "academic_year" character varying(9) NOT NULL, "grade_ids" uuid array, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "max_choices" smallint NOT NULL, "cap" smallint NOT NULL, "eligibility" character varying(12) NOT NULL, "random_draw" boolean NOT NULL, "status" character varying(10) NOT NULL, "seed" character varying(64) NOT NULL, "blocking_pairs" integer, "ran_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "matching_round_window" CHECK (closes_at > opens_at), CONSTRAINT "matching_round_cap" CHECK (cap BETWEEN 1 AND 50), CONSTRAINT "matching_round_choices" CHECK (max_choices BETWEEN 1 AND 10), CONSTRAINT "PK_31d683248a8b4e1bf7afb784c94" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_99aad246e56340e1127ef3db4c" ON "matching_round" ("school_id", "academic_year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "matching_outcome" ("round_id" uuid NOT NULL, "student_id" uuid NOT NULL, "school_id" uuid NOT NULL, "teacher_id" uuid, "phase" character varying(12), "rank" smallint, "unmatched_reason" character varying(24), CONSTRAINT "matching_outcome_shape" CHECK ((teacher_id IS NULL) = (unmatched_reason IS NOT NULL)), CONSTRAINT "PK_4d903682f2b87afd4e92f185303" PRIMARY KEY ("round_id", "student_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fd323579db84f5720062ac7a1f" ON "matching_outcome" ("round_id", "teacher_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "matching_adjustment" ("id" uuid NOT NULL, "round_id" uuid NOT NULL, "school_id" uuid NOT NULL, "student_id" uuid NOT NULL, "from_teacher_id" uuid, "to_teacher_id" uuid, "reason" text NOT NULL, "adjusted_by" uuid NOT NULL, "adjusted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3a3f1f43f82a041001c2a56f021" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_247597f2d03dae52d2eba3b54e" ON "matching_adjustment" ("round_id") `);
    await queryRunner.query(
      `CREATE TABLE "mentor_preference" ("round_id" uuid NOT NULL, "student_id" uuid NOT NULL, "rank" smallint NOT NULL, "teacher_id" uuid NOT NULL, "school_id" uuid NOT NULL, "submitted_by" uuid NOT NULL, CONSTRAINT "mentor_preference_rank" CHECK (rank BETWEEN 1 AND 10), CONSTRAINT "PK_79cdf4946faf7ce0ebc50d8ff16" PRIMARY KEY ("round_id", "student_id", "rank"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_86feb0478c0da3b4d6dd69871b" ON "mentor_preference" ("round_id", "teacher_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_362561e614579436aca3776e22" ON "mentor_preference" ("round_id", "student_id", "teacher_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mentor_decision" ("round_id" uuid NOT NULL, "teacher_id" uuid NOT NULL, "student_id" uuid NOT NULL, "school_id" uuid NOT NULL, "accepted" boolean NOT NULL, CONSTRAINT "PK_076f2fcf515c5f744893af82f34" PRIMARY KEY ("round_id", "teacher_id", "student_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "matching_round_mentor" ("round_id" uuid NOT NULL, "teacher_id" uuid NOT NULL, "school_id" uuid NOT NULL, "capacity" smallint NOT NULL, CONSTRAINT "round_mentor_capacity" CHECK (capacity >= 0), CONSTRAINT "PK_1dcdadac2f6fd85d9cabadf53a1" PRIMARY KEY ("round_id", "teacher_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "school" ADD "mentor_student_cap" smallint NOT NULL DEFAULT '15'`);
    await queryRunner.query(`ALTER TABLE "school" ADD "supporting_counts_toward_load" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(
      `ALTER TABLE "teacher" ADD "mentor_status" character varying(12) NOT NULL DEFAULT 'TRAINEE'`,
    );
    await queryRunner.query(
      `ALTER TABLE "teacher" ADD CONSTRAINT "teacher_mentor_status" CHECK (mentor_status IN ('NOT_SUITABLE', 'TRAINEE', 'CERTIFIED', 'SUSPENDED'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "matching_round" ADD CONSTRAINT "FK_fd5f5b012e63d5f118124313096" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "matching_outcome" ADD CONSTRAINT "FK_932ef277095f733d4ef2fce0a96" FOREIGN KEY ("round_id") REFERENCES "matching_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "matching_outcome" ADD CONSTRAINT "FK_6b784b05dbca5d8377815a75bc5" FOREIGN KEY ("student_id") REFERENCES "student"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "matching_outcome" ADD CONSTRAINT "FK_3823128b7ef5c9d4388834c67dd" FOREIGN KEY ("teacher_id") REFERENCES "teacher"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "matching_adjustment" ADD CONSTRAINT "FK_247597f2d03dae52d2eba3b54e4" FOREIGN KEY ("round_id") REFERENCES "matching_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_preference" ADD CONSTRAINT "FK_02f22518a89fff53a5f226d1ea4" FOREIGN KEY ("round_id") REFERENCES "matching_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_preference" ADD CONSTRAINT "FK_9e2edb5ad6c13560721415fb376" FOREIGN KEY ("student_id") REFERENCES "student"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_preference" ADD CONSTRAINT "FK_afc2f0b11d8a0a9d65e4794ba55" FOREIGN KEY ("teacher_id") REFERENCES "teacher"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_decision" ADD CONSTRAINT "FK_3ff06c4a4b1f3b2dc0924e1f56c" FOREIGN KEY ("round_id") REFERENCES "matching_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "matching_round_mentor" ADD CONSTRAINT "FK_a4c59d28a0712f6958df603b1eb" FOREIGN KEY ("round_id") REFERENCES "matching_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "matching_round_mentor" ADD CONSTRAINT "FK_cb0403020c75f32384e624604a8" FOREIGN KEY ("teacher_id") REFERENCES "teacher"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The cap is a hard constraint enforced by the database itself, so two admins acting at once
    // cannot exceed it: writers lock the mentors they touch, then the load is recounted.
    await queryRunner.query(`CREATE FUNCTION mentorship_enforce_cap() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE over record;
BEGIN
  PERFORM 1 FROM teacher t WHERE t.id IN (SELECT mentor_id FROM changed WHERE ended_on IS NULL) ORDER BY t.id FOR UPDATE;
  SELECT m.mentor_id, count(*) AS load, s.mentor_student_cap AS cap INTO over
    FROM mentorship m JOIN school s ON s.id = m.school_id
   WHERE m.mentor_id IN (SELECT mentor_id FROM changed WHERE ended_on IS NULL) AND m.ended_on IS NULL
     AND (s.supporting_counts_toward_load OR m.role = 'LEAD')
   GROUP BY m.mentor_id, s.mentor_student_cap
  HAVING count(*) > s.mentor_student_cap
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'mentor % would have % students, above the cap of %', over.mentor_id, over.load, over.cap USING ERRCODE = 'MC001';
  END IF;
  RETURN NULL;
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER mentorship_cap_insert AFTER INSERT ON mentorship REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mentorship_enforce_cap()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER mentorship_cap_update AFTER UPDATE ON mentorship REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mentorship_enforce_cap()`,
    );
    await queryRunner.query(`CREATE FUNCTION matching_outcome_enforce_capacity() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE over record;
BEGIN
  PERFORM 1 FROM matching_round_mentor rm
   WHERE (rm.round_id, rm.teacher_id) IN (SELECT round_id, teacher_id FROM changed WHERE teacher_id IS NOT NULL)
   ORDER BY rm.round_id, rm.teacher_id FOR UPDATE;
  SELECT o.teacher_id, count(*) AS load, least(rm.capacity, r.cap) AS capacity INTO over
    FROM matching_outcome o
    JOIN matching_round r ON r.id = o.round_id
    LEFT JOIN matching_round_mentor rm ON rm.round_id = o.round_id AND rm.teacher_id = o.teacher_id
   WHERE (o.round_id, o.teacher_id) IN (SELECT round_id, teacher_id FROM changed WHERE teacher_id IS NOT NULL)
   GROUP BY o.round_id, o.teacher_id, rm.capacity, r.cap
  HAVING rm.capacity IS NULL OR count(*) > least(rm.capacity, r.cap)
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'mentor % would have % students in this round, above their capacity of %', over.teacher_id, over.load, coalesce(over.capacity, 0) USING ERRCODE = 'MC002';
  END IF;
  RETURN NULL;
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER matching_outcome_capacity_insert AFTER INSERT ON matching_outcome REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION matching_outcome_enforce_capacity()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER matching_outcome_capacity_update AFTER UPDATE ON matching_outcome REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION matching_outcome_enforce_capacity()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER matching_outcome_capacity_update ON matching_outcome`);
    await queryRunner.query(`DROP TRIGGER matching_outcome_capacity_insert ON matching_outcome`);
    await queryRunner.query(`DROP FUNCTION matching_outcome_enforce_capacity()`);
    await queryRunner.query(`DROP TRIGGER mentorship_cap_update ON mentorship`);
    await queryRunner.query(`DROP TRIGGER mentorship_cap_insert ON mentorship`);
    await queryRunner.query(`DROP FUNCTION mentorship_enforce_cap()`);
    await queryRunner.query(`ALTER TABLE "matching_round_mentor" DROP CONSTRAINT "FK_cb0403020c75f32384e624604a8"`);
    await queryRunner.query(`ALTER TABLE "matching_round_mentor" DROP CONSTRAINT "FK_a4c59d28a0712f6958df603b1eb"`);
    await queryRunner.query(`ALTER TABLE "mentor_decision" DROP CONSTRAINT "FK_3ff06c4a4b1f3b2dc0924e1f56c"`);
    await queryRunner.query(`ALTER TABLE "mentor_preference" DROP CONSTRAINT "FK_afc2f0b11d8a0a9d65e4794ba55"`);
    await queryRunner.query(`ALTER TABLE "mentor_preference" DROP CONSTRAINT "FK_9e2edb5ad6c13560721415fb376"`);
    await queryRunner.query(`ALTER TABLE "mentor_preference" DROP CONSTRAINT "FK_02f22518a89fff53a5f226d1ea4"`);
    await queryRunner.query(`ALTER TABLE "matching_adjustment" DROP CONSTRAINT "FK_247597f2d03dae52d2eba3b54e4"`);
    await queryRunner.query(`ALTER TABLE "matching_outcome" DROP CONSTRAINT "FK_3823128b7ef5c9d4388834c67dd"`);
    await queryRunner.query(`ALTER TABLE "matching_outcome" DROP CONSTRAINT "FK_6b784b05dbca5d8377815a75bc5"`);
    await queryRunner.query(`ALTER TABLE "matching_outcome" DROP CONSTRAINT "FK_932ef277095f733d4ef2fce0a96"`);
    await queryRunner.query(`ALTER TABLE "matching_round" DROP CONSTRAINT "FK_fd5f5b012e63d5f118124313096"`);
    await queryRunner.query(`ALTER TABLE "teacher" DROP CONSTRAINT "teacher_mentor_status"`);
    await queryRunner.query(`ALTER TABLE "teacher" DROP COLUMN "mentor_status"`);
    await queryRunner.query(`ALTER TABLE "school" DROP COLUMN "supporting_counts_toward_load"`);
    await queryRunner.query(`ALTER TABLE "school" DROP COLUMN "mentor_student_cap"`);
    await queryRunner.query(`DROP TABLE "matching_round_mentor"`);
    await queryRunner.query(`DROP TABLE "mentor_decision"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_362561e614579436aca3776e22"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_86feb0478c0da3b4d6dd69871b"`);
    await queryRunner.query(`DROP TABLE "mentor_preference"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_247597f2d03dae52d2eba3b54e"`);
    await queryRunner.query(`DROP TABLE "matching_adjustment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fd323579db84f5720062ac7a1f"`);
    await queryRunner.query(`DROP TABLE "matching_outcome"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_99aad246e56340e1127ef3db4c"`);
    await queryRunner.query(`DROP TABLE "matching_round"`);
  }
}
