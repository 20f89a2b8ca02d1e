import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Per school: teachers (their staff numbers) who passed every required course of the school's stage. */
const REFRESH = `
CREATE FUNCTION school_training_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM school_training WHERE school_id = ANY(ids);
  INSERT INTO school_training (school_id, trained, trained_staff)
  WITH req AS (
    SELECT s.id AS school_id, c.id AS course_id FROM school s
      JOIN training_course c ON c.district_id = s.district_id AND c.required AND (c.school_id IS NULL OR c.school_id = s.id) AND (cardinality(c.stages) = 0 OR s.stage = ANY(c.stages))
     WHERE s.id = ANY(ids)),
  total AS (SELECT school_id, count(*) AS n FROM req GROUP BY school_id),
  done AS (
    SELECT t.school_id, t.staff_number, count(*) AS n FROM training_completion t JOIN req ON req.school_id = t.school_id AND req.course_id = t.course_id
     WHERE t.passed GROUP BY t.school_id, t.staff_number)
  SELECT d.school_id, count(*)::int, array_agg(d.staff_number::text) FROM done d JOIN total ON total.school_id = d.school_id WHERE d.n >= total.n GROUP BY d.school_id;
$$`;

/** After a statement on completions or schools: refresh the schools it touched (transition tables). */
const ON_ROWS = `
CREATE FUNCTION school_training_on_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'school' AND TG_OP = 'UPDATE' THEN
    PERFORM school_training_refresh(ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n.stage IS DISTINCT FROM o.stage OR n.district_id IS DISTINCT FROM o.district_id));
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM school_training_refresh(ARRAY(SELECT DISTINCT ${'${col}'} FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM school_training_refresh(ARRAY(SELECT DISTINCT ${'${col}'} FROM old_rows));
  ELSE
    PERFORM school_training_refresh(ARRAY(SELECT ${'${col}'} FROM new_rows UNION SELECT ${'${col}'} FROM old_rows));
  END IF;
  RETURN NULL;
END $$`;

/**
 * The district dashboard's training figures, kept per school by triggers instead of computed
 * per request: the live computation read every completion of the district (~60,000 rows at 300
 * schools, 86–125 ms of PostgreSQL CPU per dashboard, issue 15). Any write to completions,
 * courses or schools, by any path (mutations, imports, seeding, SQL by hand), refreshes the
 * schools it can change in the same transaction; course changes and truncations refresh all.
 */
export class SchoolTrainingSummary1796200000000 implements MigrationInterface {
  name = 'SchoolTrainingSummary1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "school_training" ("school_id" uuid NOT NULL, "trained" integer NOT NULL, "trained_staff" text array NOT NULL, CONSTRAINT "PK_school_training" PRIMARY KEY ("school_id"))`,
    );
    await queryRunner.query(REFRESH);
    for (const [table, col] of [
      ['training_completion', 'school_id'],
      ['school', 'id'],
    ]) {
      const fn = `school_training_on_${table}`;
      await queryRunner.query(ON_ROWS.replace('school_training_on_rows', fn).replaceAll('${col}', col));
      await queryRunner.query(
        `CREATE TRIGGER ${fn}_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${fn}_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${fn}_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
    }
    await queryRunner.query(`CREATE FUNCTION school_training_refresh_all() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM school_training_refresh(ARRAY(SELECT id FROM school) || ARRAY(SELECT school_id FROM school_training)); RETURN NULL; END $$`);
    for (const table of ['training_course', 'training_completion', 'school']) {
      const events = table === 'training_course' ? 'INSERT OR UPDATE OR DELETE OR TRUNCATE' : 'TRUNCATE';
      await queryRunner.query(
        `CREATE TRIGGER school_training_all_${table} AFTER ${events} ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION school_training_refresh_all()`,
      );
    }
    await queryRunner.query(`SELECT school_training_refresh(ARRAY(SELECT id FROM school))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['training_course', 'training_completion', 'school'])
      await queryRunner.query(`DROP TRIGGER school_training_all_${table} ON ${table}`);
    await queryRunner.query(`DROP FUNCTION school_training_refresh_all()`);
    for (const table of ['training_completion', 'school']) {
      for (const op of ['insert', 'update', 'delete'])
        await queryRunner.query(`DROP TRIGGER school_training_on_${table}_${op} ON ${table}`);
      await queryRunner.query(`DROP FUNCTION school_training_on_${table}()`);
    }
    await queryRunner.query(`DROP FUNCTION school_training_refresh(uuid[])`);
    await queryRunner.query(`DROP TABLE "school_training"`);
  }
}
