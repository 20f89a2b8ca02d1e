import { readXlsx } from '@mentorship/spreadsheet';

import { okAs, roomsOf, weekOf, type World } from './disclosure-api-world';
import { type Fact, factsOf, interval } from './disclosure-facts';

/** The API's disclosure audit: what the district sees after each week's snapshots went through the outbox. */
const FIGURES =
  'students attentionStudents { atLeast atMost } openCrisisAlerts { atLeast atMost } schoolsWithOverdueCrisisAlert';

/** Everything the district sees after the week's snapshots went through the outbox. */
export async function collectDistrict(world: World, run: number, week: number): Promise<Fact[]> {
  const { p, roster } = world;
  const ok = okAs(p);
  const facts: Fact[] = [];
  const token = p.token('district-admin');
  const stages = [null, ...new Set(roster.schools.map((s) => s.stage))];
  for (const stage of stages) {
    const schools = roster.schools.filter((s) => stage === null || s.stage === stage);
    const d = (
      await ok(
        token,
        `query($stage: SchoolStage) { districtDashboard(stage: $stage) {
      totals { ${FIGURES} } byStage { stage figures { ${FIGURES} } }
      schools { school { id name } figures { takenAt attentionStudents { atLeast atMost }
        openCrisisAlerts { atLeast atMost } hasOverdueCrisisAlert } } } }`,
        { stage },
      )
    ).districtDashboard;
    facts.push(...factsOf(d.totals, schools.flatMap(roomsOf), week, `districtDashboard(${stage}).totals`));
    for (const s of d.byStage)
      facts.push(
        ...factsOf(
          s.figures,
          roster.schools.filter((x) => x.stage === s.stage).flatMap(roomsOf),
          week,
          `districtDashboard(${stage}).byStage`,
        ),
      );
    for (const row of d.schools) {
      const school = roster.schools.find((s) => row.school.name === s.name)!;
      // this week's snapshot
      expect(Date.parse(row.figures.takenAt) - weekOf(run, week).getTime()).toBeLessThan(3600_000);
      facts.push(...factsOf(row.figures, roomsOf(school), week, `districtDashboard ${school.name}`));
    }
    const file = (
      await ok(token, 'query($stage: SchoolStage) { districtReportExport(stage: $stage, format: XLSX) { base64 } }', {
        stage,
      })
    ).districtReportExport;
    const [header, ...rows] = await readXlsx(Buffer.from(file.base64, 'base64'));
    const col = (re: RegExp) => header.findIndex((h) => re.test(String(h)));
    const [name, attention, open] = [col(/^学校$/), col(/关注/), col(/危机/)];
    expect(Math.min(name, attention, open)).toBeGreaterThanOrEqual(0);
    for (const row of rows) {
      const school = roster.schools.find((s) => s.name === row[name]);
      if (!school) continue;
      for (const [c, measure] of [
        [attention, 'attention'],
        [open, 'open'],
      ] as const) {
        const i = interval(String(row[c]));
        if (i)
          facts.push({
            week,
            measure,
            classrooms: roomsOf(school),
            lo: i[0],
            hi: i[1],
            source: `districtReportExport ${school.name}`,
          });
      }
    }
  }
  return facts;
}

/** The trend keeps every week: both weeks again, after the second. */
export async function collectTrends(world: World, run: number): Promise<Fact[]> {
  const { p, roster } = world;
  const ok = okAs(p);
  const facts: Fact[] = [];
  for (const stage of [null, ...new Set(roster.schools.map((s) => s.stage))]) {
    const points = (
      await ok(
        p.token('district-admin'),
        `query($stage: SchoolStage) { districtTrends(stage: $stage) { week figures { ${FIGURES} } } }`,
        { stage },
      )
    ).districtTrends;
    const rooms = roster.schools.filter((s) => stage === null || s.stage === stage).flatMap(roomsOf);
    for (const point of points) {
      const week = [0, 1].find((w) => weekOf(run, w).toISOString().slice(0, 10) === point.week) ?? -1;
      if (week >= 0) facts.push(...factsOf(point.figures, rooms, week, `districtTrends(${stage}) ${point.week}`));
    }
  }
  return facts;
}
