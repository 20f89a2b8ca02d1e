import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ActiveRosterIndexes1795509178633 implements MigrationInterface {
  name = 'ActiveRosterIndexes1795509178633';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "teacher_current_by_school" ON "teacher" ("school_id") WHERE left_on IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "student_left" ON "student" ("id") WHERE left_on IS NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "student_enrolled_by_school" ON "student" ("school_id") WHERE left_on IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "mentorship_active_by_school" ON "mentorship" ("school_id", "role", "mentor_id", "student_id") WHERE ended_on IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."mentorship_active_by_school"`);
    await queryRunner.query(`DROP INDEX "public"."student_enrolled_by_school"`);
    await queryRunner.query(`DROP INDEX "public"."student_left"`);
    await queryRunner.query(`DROP INDEX "public"."teacher_current_by_school"`);
  }
}
