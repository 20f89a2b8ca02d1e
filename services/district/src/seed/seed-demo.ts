import { bulkInsert, inTransaction } from '@mentorship/db';
import { type DemoScale, generateDistrict, generateSchoolRoster, stableId } from '@mentorship/demo-data';
import type { DataSource } from 'typeorm';

/** Seeds the demo district: registry, calendar and policy, in one transaction; no-op when present. */
export async function seedDistrictDemo(
  dataSource: DataSource,
  options: { scale?: Partial<DemoScale>; log?: (line: string) => void } = {},
): Promise<boolean> {
  const log = options.log ?? (() => undefined);
  const demo = generateDistrict(options.scale);
  const [{ present }] = await dataSource.query('SELECT count(*)::int AS present FROM district WHERE id = $1', [
    demo.district.id,
  ]);
  if (present) return false;
  await inTransaction(dataSource, async (m) => {
    const { id, name, code } = demo.district;
    await m.query('INSERT INTO district (id, name, code) VALUES ($1, $2, $3)', [id, name, code]);
    await m.query(
      'INSERT INTO district_policy (district_id, mentor_student_cap, small_group_threshold) VALUES ($1, $2, $3)',
      [id, demo.policy.mentorStudentCap, demo.policy.smallGroupThreshold],
    );
    await bulkInsert(
      m,
      'school',
      [
        { name: 'id', type: 'uuid', value: (s) => s.id },
        { name: 'district_id', type: 'uuid', value: () => id },
        { name: 'name', type: 'text', value: (s) => s.name },
        { name: 'code', type: 'text', value: (s) => s.code },
        { name: 'stage', type: 'text', value: (s) => s.stage },
      ],
      demo.schools,
    );
    for (const year of demo.academicYears) {
      await m.query(
        'INSERT INTO academic_year (id, district_id, name, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)',
        [year.id, id, year.name, year.startsOn, year.endsOn],
      );
      for (const t of year.terms) {
        await m.query(
          'INSERT INTO term (id, academic_year_id, number, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)',
          [t.id, year.id, t.number, t.startsOn, t.endsOn],
        );
      }
    }
    if (options.scale?.activity ?? true) await seedTraining(m, demo);
  });
  log(
    `seeded district ${demo.district.name}: ${demo.schools.length} schools, ` +
      `${demo.academicYears.length} academic years`,
  );
  return true;
}

/**
 * The district's side of a term in progress: most schools' plans filed, a training catalogue, and
 * completions for most teachers (by school and staff number, as the district keeps them). Deterministic.
 */
async function seedTraining(
  m: import('typeorm').EntityManager,
  demo: ReturnType<typeof generateDistrict>,
): Promise<void> {
  const filed = demo.schools.filter((_, i) => i % 5 !== 4).map((s) => s.id);
  await m.query(`UPDATE school SET plan_filed_on = '2026-09-10' WHERE id = ANY($1)`, [filed]);
  const courses = [
    { title: '全员导师制政策与本校方案', topic: 'POLICY_AND_PLAN', hours: 4, required: true },
    { title: '师生关系与心理健康教育', topic: 'MENTAL_HEALTH', hours: 6, required: true },
    { title: '家校沟通与家庭教育指导', topic: 'HOME_SCHOOL_COMMUNICATION', hours: 3, required: false },
  ].map((c) => ({ ...c, id: stableId(demo.seed, 'course', c.title) }));
  await bulkInsert(
    m,
    'training_course',
    [
      { name: 'id', type: 'uuid', value: (c) => c.id },
      { name: 'district_id', type: 'uuid', value: () => demo.district.id },
      { name: 'title', type: 'text', value: (c) => c.title },
      { name: 'topic', type: 'text', value: (c) => c.topic },
      { name: 'hours', type: 'numeric', value: (c) => c.hours },
      { name: 'required', type: 'boolean', value: (c) => c.required },
    ],
    courses,
  );
  const completions: { id: string; courseId: string; schoolId: string; staffNumber: string; hours: number }[] = [];
  for (const [i, school] of demo.schools.entries()) {
    const share = [0.95, 0.85, 0.7, 0.55][i % 4];
    for (const [j, t] of generateSchoolRoster(demo, school).teachers.entries()) {
      const done = (j * 37 + i * 11) % 100 < share * 100 ? courses : courses.slice(0, (j % 2) as 0 | 1);
      for (const c of done)
        completions.push({
          id: stableId(demo.seed, 'completion', school.id, t.staffNumber, c.id),
          courseId: c.id,
          schoolId: school.id,
          staffNumber: t.staffNumber,
          hours: c.hours,
        });
    }
  }
  await bulkInsert(
    m,
    'training_completion',
    [
      { name: 'id', type: 'uuid', value: (c) => c.id },
      { name: 'course_id', type: 'uuid', value: (c) => c.courseId },
      { name: 'school_id', type: 'uuid', value: (c) => c.schoolId },
      { name: 'staff_number', type: 'text', value: (c) => c.staffNumber },
      { name: 'completed_on', type: 'date', value: () => '2026-10-15' },
      { name: 'hours', type: 'numeric', value: (c) => c.hours },
      { name: 'passed', type: 'boolean', value: () => true },
      { name: 'recorded_by', type: 'uuid', value: () => demo.district.id },
    ],
    completions,
  );
}
