import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Dashboard1795513375590 implements MigrationInterface {
  name = 'Dashboard1795513375590';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "metric_snapshot" ("id" uuid NOT NULL, "school_id" uuid NOT NULL, "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL, "term" character varying(11) NOT NULL, "payload" jsonb NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f7aaa9173a3391312cc24ecde07" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_dfeba9b0687c84eb618d63b191" ON "metric_snapshot" ("school_id", "taken_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "school_metrics_latest" ("school_id" uuid NOT NULL, "snapshot_id" uuid NOT NULL, "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL, "term" character varying(11) NOT NULL, "figures" jsonb NOT NULL, CONSTRAINT "PK_3241502b27d5c5e33b3d4fee683" PRIMARY KEY ("school_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "school_metrics_weekly" ("school_id" uuid NOT NULL, "week" date NOT NULL, "snapshot_id" uuid NOT NULL, "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL, "term" character varying(11) NOT NULL, "figures" jsonb NOT NULL, CONSTRAINT "PK_e7fb0ccfec77511cb9063d92a2c" PRIMARY KEY ("school_id", "week"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_24b61b718e7a2fc75e98a373c1" ON "school_metrics_weekly" ("term", "week") `,
    );
    await queryRunner.query(`ALTER TABLE "school" ADD "plan_filed_on" date`);
    await queryRunner.query(
      `ALTER TABLE "metric_snapshot" ADD CONSTRAINT "FK_427dbc1ce73fb727e81a17f490d" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "school_metrics_latest" ADD CONSTRAINT "FK_3241502b27d5c5e33b3d4fee683" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "school_metrics_weekly" ADD CONSTRAINT "FK_f1b30156bf2af5e2652b98e95b9" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "school_metrics_weekly" DROP CONSTRAINT "FK_f1b30156bf2af5e2652b98e95b9"`);
    await queryRunner.query(`ALTER TABLE "school_metrics_latest" DROP CONSTRAINT "FK_3241502b27d5c5e33b3d4fee683"`);
    await queryRunner.query(`ALTER TABLE "metric_snapshot" DROP CONSTRAINT "FK_427dbc1ce73fb727e81a17f490d"`);
    await queryRunner.query(`ALTER TABLE "school" DROP COLUMN "plan_filed_on"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_24b61b718e7a2fc75e98a373c1"`);
    await queryRunner.query(`DROP TABLE "school_metrics_weekly"`);
    await queryRunner.query(`DROP TABLE "school_metrics_latest"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dfeba9b0687c84eb618d63b191"`);
    await queryRunner.query(`DROP TABLE "metric_snapshot"`);
  }
}
