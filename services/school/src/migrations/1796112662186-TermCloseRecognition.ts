import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TermCloseRecognition1796112662186 implements MigrationInterface {
  name = 'TermCloseRecognition1796112662186';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "term_close" ("school_id" uuid NOT NULL, "term" character varying(11) NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_by" uuid NOT NULL, "figures" jsonb NOT NULL, "open_items" jsonb NOT NULL, "sent_to_district_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_89f3044511cf889d40c121e96db" PRIMARY KEY ("school_id", "term"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "recognition" ("id" uuid NOT NULL, "school_id" uuid NOT NULL, "term" character varying(11) NOT NULL, "cycle_id" uuid NOT NULL, "top_n" smallint, "min_total" numeric, "status" character varying(9) NOT NULL, "entries" jsonb NOT NULL, "proposed_by" uuid NOT NULL, "approved_by" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "school_name" text, "sent_to_district_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_09addd02f2343e4e7abbce17a37" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b5fe758f614921f8cab51f0f64" ON "recognition" ("school_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "recognition_one_per_cycle" ON "recognition" ("cycle_id") `);
    // A closed term's figures are frozen: only the delivery stamp may change, and a close is never deleted.
    await queryRunner.query(`CREATE FUNCTION term_close_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR NEW.figures IS DISTINCT FROM OLD.figures OR NEW.open_items IS DISTINCT FROM OLD.open_items
           OR NEW.closed_at IS DISTINCT FROM OLD.closed_at OR NEW.school_id IS DISTINCT FROM OLD.school_id OR NEW.term IS DISTINCT FROM OLD.term THEN
          RAISE EXCEPTION 'a closed term is frozen' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER term_close_frozen BEFORE UPDATE OR DELETE ON term_close FOR EACH ROW EXECUTE FUNCTION term_close_frozen()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER term_close_frozen ON term_close`);
    await queryRunner.query(`DROP FUNCTION term_close_frozen()`);
    await queryRunner.query(`DROP INDEX "public"."recognition_one_per_cycle"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b5fe758f614921f8cab51f0f64"`);
    await queryRunner.query(`DROP TABLE "recognition"`);
    await queryRunner.query(`DROP TABLE "term_close"`);
  }
}
