import { type Principal, Role } from '@mentorship/auth';
import { keyedLoader } from '@mentorship/db';
import type { DataSource } from 'typeorm';

import { TrainingProgress } from './teacher.type';
import { TrainingCompletion } from './training.entity';
import { progressOf } from './training.service';

/** The loader behind Teacher.training: one statement for a page of teachers, scoped to the caller's district. */
export function createTrainingLoaders(ctx: { dataSource: DataSource; principal: Principal }) {
  return {
    trainingByTeacher: keyedLoader(
      async (keys: readonly string[]) => {
        const parsed = keys.map((k) => {
          const [schoolId, staffNumber] = k.split('\u0000');
          return { schoolId, staffNumber };
        });
        const rows = await progressOf(ctx.dataSource, parsed);
        let allowed = rows;
        if (ctx.principal.role !== Role.SERVICE) {
          const mine = new Set<string>(
            (
              await ctx.dataSource.query('SELECT id FROM school WHERE district_id = $1 AND id = ANY($2)', [
                ctx.principal.districtId,
                [...new Set(rows.map((r) => r.school_id))],
              ])
            ).map((x: { id: string }) => x.id),
          );
          allowed = rows.filter((r) => mine.has(r.school_id));
        }
        const completions = await ctx.dataSource
          .getRepository(TrainingCompletion)
          .createQueryBuilder('t')
          .where('(t.school_id, t.staff_number) IN (SELECT * FROM unnest(:schools::uuid[], :staff::text[]))', {
            schools: allowed.map((r) => r.school_id),
            staff: allowed.map((r) => r.staff_number),
          })
          .orderBy('t.completed_on')
          .getMany();
        return allowed.map((r) => ({
          key: `${r.school_id}\u0000${r.staff_number}`,
          progress: Object.assign(new TrainingProgress(), {
            requiredCoursesTotal: r.required_total,
            requiredCoursesDone: r.required_done,
            completedHours: Math.round(r.hours),
            complete: r.required_done >= r.required_total,
            trialPeriodDays: r.trial_days,
            completions: completions.filter((c) => c.schoolId === r.school_id && c.staffNumber === r.staff_number),
          }),
        }));
      },
      (r) => r.key,
    ),
  };
}
