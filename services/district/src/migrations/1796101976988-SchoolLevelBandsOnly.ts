import type { MigrationInterface, QueryRunner } from 'typeorm';

type Old = { value: number | null; suppressed: boolean } | undefined;

/** The band partition of @mentorship/graphql's `band`, frozen here as it was when this migration was written. */
function band(count: number, ceiling: number): { atLeast: number; atMost: number } {
  let atLeast = count - (count % 5);
  let atMost = Math.min(atLeast + 4, ceiling);
  const top = ceiling - (ceiling % 5);
  if (ceiling > 0 && top === ceiling && atLeast >= top - 5) [atLeast, atMost] = [top - 5, ceiling];
  return { atLeast, atMost };
}

/** An old withheld-or-exact count as its band: a withheld one (1–4) falls in the lowest band. */
const toBand = (c: Old, ceiling: number) =>
  band(c?.suppressed ? Math.min(1, ceiling) : Math.min(c?.value ?? 0, ceiling), ceiling);

function convert(f: Record<string, any>): Record<string, any> {
  if (f.attentionStudents && 'atLeast' in f.attentionStudents) return f;
  const { attentionStudentsWithMentor, overdueCrisisAlerts, ...rest } = f;
  return {
    ...rest,
    attentionStudents: toBand(f.attentionStudents, f.students ?? 0),
    openCrisisAlerts: toBand(f.openCrisisAlerts, Number.POSITIVE_INFINITY),
  };
}

/**
 * The district keeps school-level figures only, sensitive counts as bands (services/school/DISCLOSURE.md):
 * delete the grade and classroom cells stored from v1 snapshots, and turn each stored school's exact or
 * withheld sensitive counts into their bands (dropping attention-with-mentor and the overdue count,
 * which are no longer published; the overdue flag stays).
 */
export class SchoolLevelBandsOnly1796101976988 implements MigrationInterface {
  name = 'SchoolLevelBandsOnly1796101976988';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "metric_snapshot" SET "payload" = "payload" - 'grades' - 'classrooms' WHERE "payload" ? 'grades' OR "payload" ? 'classrooms'`,
    );
    const snapshots: { id: string; school: Record<string, any> }[] = await queryRunner.query(
      `SELECT "id", "payload"->'school' AS "school" FROM "metric_snapshot"`,
    );
    for (const s of snapshots) {
      await queryRunner.query(
        `UPDATE "metric_snapshot" SET "payload" = jsonb_set("payload", '{school}', $2::jsonb) WHERE "id" = $1`,
        [s.id, JSON.stringify(convert(s.school))],
      );
    }
    for (const table of ['school_metrics_latest', 'school_metrics_weekly']) {
      const rows: { snapshot_id: string; figures: Record<string, any> }[] = await queryRunner.query(
        `SELECT "snapshot_id", "figures" FROM "${table}"`,
      );
      for (const r of rows)
        await queryRunner.query(`UPDATE "${table}" SET "figures" = $2::jsonb WHERE "snapshot_id" = $1`, [
          r.snapshot_id,
          JSON.stringify(convert(r.figures)),
        ]);
    }
  }

  public async down(): Promise<void> {
    // Deleted cells and exact counts are not restored: the district must not hold them.
  }
}
