import { randomUUID } from 'node:crypto';

import { type AuthConfig, type Principal, Role, signGatewayProof, signToken } from '@mentorship/auth';
import { toGlobalId } from '@mentorship/graphql';
import type { Client } from 'pg';

/** One caller of a scenario: who they are and the GraphQL request they send. */
export interface Caller {
  principal: Principal;
  /** Through the gateway. */
  gateway: { query: string; variables: Record<string, unknown> };
  /** Straight at the subgraph that owns the root field (what the gateway sends it). */
  subgraph: { query: string; variables: Record<string, unknown> };
}

export interface Scenario {
  key: string;
  label: string;
  /** The subgraph answering it (for "subgraph alone"). */
  subgraph: 'school' | 'district';
  /** Served by the gateway with the 30 s dashboard cache on. */
  cached?: boolean;
  callers: Caller[];
}

const DASHBOARD = `{ districtDashboard { term totals { schools students studentsWithLeadMentor coverage
  menteesPerMentor maxMenteesPerMentor mentorsAboveCap homeVisitDone talkDone writtenFeedbackDone attentionStudents {
  atLeast atMost } openCrisisAlerts { atLeast atMost } }
  byStage { stage figures { students coverage } }
  schools { school { id name stage } flags figures { students studentsWithLeadMentor coverage teachers
    teachersMentoring menteesPerMentor maxMenteesPerMentor mentorsAboveCap homeVisitDone talkDone writtenFeedbackDone
    allDutiesDone attentionStudents { atLeast atMost } openCrisisAlerts { atLeast atMost } hasOverdueCrisisAlert } }
    } }`;

const GRADES = `grades { name metrics { students studentsWithLeadMentor coverage homeVisitDone talkDone \
writtenFeedbackDone allDutiesDone }
  classrooms { name metrics { students studentsWithLeadMentor coverage homeVisitDone talkDone writtenFeedbackDone \
allDutiesDone } } }`;
const GRADE_COMPARISON = `query($id: ID!) { school(id: $id) { name ${GRADES} } }`;
/** The school subgraph's part of it, as the gateway asks for it. */
const GRADE_COMPARISON_ENTITIES =
  `query($r: [_Any!]!) { _entities(representations: $r) { ... on School { ` + `${GRADES} } } }`;

const MENTEES =
  `{ me { mentees(first: 15) { totalCount nodes { id name classroom { name } termDuties { homeVisit talk ` +
  `writtenFeedback } } } pendingTasks { kind period required done student { id name } } } }`;

/**
 * Distinct callers, so no answer is reused only because the benchmark repeats itself: a few
 * district users, the school admins of the first `leaders` schools, and one mentor from each
 * of `mentors` schools (the ones with the most mentees there, at least 15 where the data allows).
 */
export async function buildScenarios(
  school: Client,
  district: Client,
  counts = { districtUsers: 3, leaders: 20, mentors: 20 },
): Promise<Scenario[]> {
  const [{ id: districtId }] = (await district.query('SELECT id FROM district ORDER BY id LIMIT 1')).rows;
  const districtUsers: Caller[] = Array.from({ length: counts.districtUsers }, () => {
    const principal: Principal = { personId: randomUUID(), role: Role.DISTRICT_ADMIN, districtId, name: '区教育局' };
    return { principal, gateway: { query: DASHBOARD, variables: {} }, subgraph: { query: DASHBOARD, variables: {} } };
  });
  const admins = (
    await school.query(
      `SELECT DISTINCT ON (school_id) id, school_id, staff_number FROM teacher WHERE left_on IS NULL ` +
        `ORDER BY school_id, id LIMIT $1`,
      [counts.leaders],
    )
  ).rows;
  const leaders: Caller[] = admins.map((t) => {
    const principal: Principal = {
      personId: t.id,
      role: Role.SCHOOL_ADMIN,
      districtId,
      schoolId: t.school_id,
      staffNumber: t.staff_number,
    };
    const id = toGlobalId('School', t.school_id);
    return {
      principal,
      gateway: { query: GRADE_COMPARISON, variables: { id } },
      subgraph: { query: GRADE_COMPARISON_ENTITIES, variables: { r: [{ __typename: 'School', id }] } },
    };
  });
  const mentorRows = (
    await school.query(
      `SELECT * FROM (
       SELECT DISTINCT ON (m.school_id) m.mentor_id, m.school_id, t.staff_number, count(*) AS n
         FROM mentorship m JOIN teacher t ON t.id = m.mentor_id AND t.left_on IS NULL AND t.mentor_status <> 'SUSPENDED'
        WHERE m.ended_on IS NULL GROUP BY m.mentor_id, m.school_id, t.staff_number
          ORDER BY m.school_id, count(*) DESC, m.mentor_id) best
      ORDER BY n DESC, school_id LIMIT $1`,
      [counts.mentors],
    )
  ).rows;
  const mentors: Caller[] = mentorRows.map((m) => {
    const principal: Principal = {
      personId: m.mentor_id,
      role: Role.MENTOR,
      districtId,
      schoolId: m.school_id,
      staffNumber: m.staff_number,
    };
    return { principal, gateway: { query: MENTEES, variables: {} }, subgraph: { query: MENTEES, variables: {} } };
  });
  const schools = (await district.query('SELECT count(*)::int AS n FROM school')).rows[0].n;
  return [
    {
      key: 'dashboard',
      label: `district dashboard, ${schools} schools, uncached`,
      subgraph: 'district',
      callers: districtUsers,
    },
    {
      key: 'dashboard-cached',
      label: `district dashboard, ${schools} schools, 30 s cache`,
      subgraph: 'district',
      cached: true,
      callers: districtUsers,
    },
    { key: 'grades', label: 'grade comparison, live', subgraph: 'school', callers: leaders },
    { key: 'mentees', label: "a mentor's 15 mentees with duties", subgraph: 'school', callers: mentors },
  ];
}

/** Headers and body per caller for the load generator; subgraph requests carry a fresh gateway proof. */
export function requestsFor(
  s: Scenario,
  target: 'gateway' | 'subgraph' | 'floor',
  auth: AuthConfig,
  gatewaySecret: string,
) {
  return s.callers.map((c, i) => {
    const token = signToken(c.principal, auth);
    if (target === 'floor') return { headers: { 'x-caller': String(i) }, body: '{}' };
    const requestId = randomUUID();
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (target === 'subgraph')
      Object.assign(headers, {
        'x-request-id': requestId,
        'x-gateway-proof': signGatewayProof(gatewaySecret, requestId, token),
      });
    return { headers, body: JSON.stringify(target === 'gateway' ? c.gateway : c.subgraph) };
  });
}
