import { describeImages, ImagesPlatform, SCALE, writeResults } from './images-support';

/** The migrations and seed steps, as commands of the images against a throwaway PostgreSQL. */
describeImages(() => {
  const ctx = new ImagesPlatform();
  const once = ctx.once.bind(ctx);
  const results: string[] = [];

  beforeAll(() => ctx.start(), 120_000);
  afterAll(async () => {
    await ctx.stop();
    writeResults('migrations', results);
  });

  test('the migrations run as commands of the school and district images, district first', () => {
    const district = once('district', ['node', 'services/district/dist/bin/migrate.js'], {
      DISTRICT_DATABASE_URL: ctx.districtUrl,
    });
    expect([district.status, district.err]).toEqual([0, '']);
    expect(district.out).toMatch(/\[district\] \d+ migration\(s\) applied/);
    const school = once('school', ['node', 'services/school/dist/bin/migrate.js'], {
      SCHOOL_DATABASE_URL: ctx.schoolUrl,
    });
    expect([school.status, school.err]).toEqual([0, '']);
    expect(school.out).toMatch(/\[school\] \d+ migration\(s\) applied/);
    // A second run (the next release with no new migration) changes nothing.
    expect(
      once('school', ['node', 'services/school/dist/bin/migrate.js'], { SCHOOL_DATABASE_URL: ctx.schoolUrl }).out,
    ).toContain('database is up to date');
    results.push(
      '',
      `Migrations: \`${district.out.split('\n').pop()}\`, \`${school.out.split('\n').pop()}\`; run again: up to date.`,
    );
    // A small demo district, with the images' own seed commands, for the queries below.
    const demoVars = {
      DEMO_SCHOOLS: String(SCALE.schools),
      DEMO_STUDENTS: String(SCALE.students),
      DEMO_SEED: SCALE.seed,
    };
    expect(
      once('district', ['node', 'services/district/dist/bin/seed.js'], {
        DISTRICT_DATABASE_URL: ctx.districtUrl,
        ...demoVars,
      }).status,
    ).toBe(0);
    expect(
      once('school', ['node', 'services/school/dist/bin/seed.js'], { SCHOOL_DATABASE_URL: ctx.schoolUrl, ...demoVars })
        .status,
    ).toBe(0);
  }, 180_000);
});
