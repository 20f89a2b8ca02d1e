import { Role } from '@mentorship/auth';
import { toGlobalId } from '@mentorship/graphql';
import { readXlsx } from '@mentorship/spreadsheet';

import { okAs, roomsOf, type World } from './disclosure-api-world';
import { type AuditRoster, type Fact, factsOf, factsOfComparison, interval } from './disclosure-facts';
import type { TestPlatform } from './platform';

/** The API's disclosure audit: what each school's admin sees in a week, and what closing the term publishes. */
/** A token of the school's admin (the first teacher by staff number). */
export const adminOf = async (p: TestPlatform, schoolId: string) => {
  const [t] = await p.school.query(
    'SELECT id, staff_number FROM teacher WHERE school_id = $1 AND left_on IS NULL ORDER BY staff_number LIMIT 1',
    [schoolId],
  );
  return p.tokenFor({
    personId: t.id,
    role: Role.SCHOOL_ADMIN,
    districtId: p.demo.district.id,
    schoolId,
    staffNumber: t.staff_number,
  });
};

const SCHOOL_VIEW = `query($id: ID!) { school(id: $id) {
  metrics { students studentsWithLeadMentor attentionStudents { atLeast atMost }
    openCrisisAlerts { atLeast atMost } hasOverdueCrisisAlert }
  grades { id metrics { students studentsWithLeadMentor }
    classrooms { id metrics { students studentsWithLeadMentor } } }
  comparisonExport(format: XLSX) { base64 } }
  crisisAlerts(first: 100) { totalCount nodes { status overdue } } }`;

/** Everything the school admins, a grade lead and a head teacher see in one week. */
export async function collectSchools(world: World, week: number): Promise<Fact[]> {
  const { p, roster } = world;
  const ok = okAs(p);
  const facts: Fact[] = [];
  for (const school of roster.schools) {
    const token = await adminOf(p, school.id);
    const data = await ok(token, SCHOOL_VIEW, { id: toGlobalId('School', school.id) });
    const rooms = roomsOf(school);
    facts.push(...factsOf(data.school.metrics, rooms, week, `${school.name} School.metrics`));
    // The alert list tells the admin how many alerts are open and overdue, exactly (never whose).
    // Open alerts come first: the first page of 100 holds them all while the school has fewer.
    if (data.crisisAlerts.totalCount > data.crisisAlerts.nodes.length)
      throw new Error(`${school.name}: more than 100 crisis alerts; page through them`);
    const open = data.crisisAlerts.nodes.filter((a: { status: string }) => a.status !== 'CLOSED');
    facts.push({
      week,
      measure: 'open',
      classrooms: rooms,
      lo: open.length,
      hi: open.length,
      source: `${school.name} crisisAlerts`,
    });
    const overdue = open.filter((a: { overdue: boolean }) => a.overdue).length;
    facts.push({
      week,
      measure: 'overdue',
      classrooms: rooms,
      lo: overdue,
      hi: overdue,
      source: `${school.name} crisisAlerts.overdue`,
    });
    for (const g of data.school.grades) {
      facts.push(
        ...factsOf(
          g.metrics,
          school.grades.find((x) => toGlobalId('Grade', x.id) === g.id)!.classrooms.map((c) => c.id),
          week,
          'Grade.metrics',
        ),
      );
    }
    const sheet = await readXlsx(Buffer.from(data.school.comparisonExport.base64, 'base64'));
    facts.push(
      ...factsOfComparison(
        sheet.slice(1),
        school as AuditRoster['schools'][number],
        week,
        `${school.name} comparisonExport`,
      ),
    );
  }
  return facts;
}

const TERM_FIGURES =
  'attentionStudents { atLeast atMost } crisisRaisedInTerm { atLeast atMost } ' +
  'crisisOpenAtClose { atLeast atMost } hasOverdueCrisisAlert';

/**
 * Closing the term (once per school and term, so in the first world only): the checklist and the
 * frozen figures each school admin sees, and the district's term report across the schools.
 */
export async function collectTermClose(world: World, week: number, term: string): Promise<Fact[]> {
  const { p, roster } = world;
  const ok = okAs(p);
  const facts: Fact[] = [];
  for (const school of roster.schools) {
    const token = await adminOf(p, school.id);
    const rooms = roomsOf(school);
    const checklist = (
      await ok(token, 'query($t: String!) { termCloseChecklist(term: $t) { openCrisisAlerts } }', { t: term })
    ).termCloseChecklist;
    facts.push(...factsOf(checklist, rooms, week, `${school.name} termCloseChecklist`));
    const closed = (
      await ok(
        token,
        `mutation($t: String!) { closeTerm(input: { term: $t, acceptOpenItems: true }) {
      close { figures { ${TERM_FIGURES} } openItemsAtClose { openCrisisAlerts } } userErrors { code } } }`,
        { t: term },
      )
    ).closeTerm;
    expect(closed.userErrors).toEqual([]);
    facts.push(...factsOf(closed.close.figures, rooms, week, `${school.name} TermClose.figures`));
    facts.push(...factsOf(closed.close.openItemsAtClose, rooms, week, `${school.name} TermClose.openItemsAtClose`));
  }
  const file = (
    await ok(
      p.token('district-admin'),
      'query($t: String!) { districtTermClosing(term: $t) { schoolsClosed report(format: XLSX) { base64 } } }',
      { t: term },
    )
  ).districtTermClosing;
  expect(file.schoolsClosed).toBe(roster.schools.length);
  const [header, ...rows] = await readXlsx(Buffer.from(file.report.base64, 'base64'));
  const col = (re: RegExp) => header.findIndex((h) => re.test(String(h)));
  const [name, attention, raised] = [col(/^学校$/), col(/关注/), col(/危机/)];
  expect(Math.min(name, attention, raised)).toBeGreaterThanOrEqual(0);
  for (const row of rows) {
    const school = roster.schools.find((s) => s.name === row[name]);
    const rooms = school ? roomsOf(school) : String(row[name]) === '全区合计' ? roster.schools.flatMap(roomsOf) : null;
    if (!rooms) continue;
    for (const [c, measure] of [
      [attention, 'attention'],
      [raised, 'raised'],
    ] as const) {
      const i = interval(String(row[c]));
      if (i)
        facts.push({
          week,
          measure,
          classrooms: rooms,
          lo: i[0],
          hi: i[1],
          source: `districtTermReport ${row[name]}`,
        });
    }
  }
  return facts;
}
