import { toGlobalId } from '@mentorship/graphql';
import type { GraphQLResponse } from '@mentorship/testing';

/** The privacy matrix's probes (tests/security/privacy-matrix.test.ts): what each row of PRIVACY.md asks, and tells. */
export const MARK = {
  archive: '隐私标记-性格',
  record: '隐私标记-谈话内容',
  crisis: '隐私标记-危机描述',
  decision: '隐私标记-会商决定',
  feedback: '隐私标记-成长寄语',
};

export interface Probe {
  query: string;
  /** What only an allowed reader gets back. */
  revealed(response: GraphQLResponse, ctx: Subject): boolean;
  /** Personal rows are also tried directly against the school subgraph. */
  direct?: boolean;
  /** `_entities` is not part of the gateway's API: it is a subgraph's door, tried there. */
  subgraphOnly?: boolean;
  /** Variables beyond the subject's id. */
  variables?(ctx: Subject): Record<string, unknown>;
}

export interface Subject {
  id: string;
  gid: string;
  name: string;
  leadMentorId: string;
  leadMentorName: string;
  schoolGid: string;
}

/** The review probes look at the last week (the matrix's data is written now). */
export const REVIEW_PERIOD = {
  from: new Date(Date.now() - 7 * 24 * 3600_000).toISOString(),
  to: new Date(Date.now() + 24 * 3600_000).toISOString(),
};
export const CRISIS_TEAM_ID = { value: '' };
/** The lead mentor's own digest (an in-app notification addressed to them). */
export const LEAD_DIGEST_ID = { value: '' };
export const CHANNEL_SECRET = 'wecom-robot-key-隐私标记';
/** A trail entry that could only exist because the student has an alert, a category or a decision. */
function tellsOfAlertOrDecision(e: { action: string; fields: string[]; reader?: { id: string } | null }): boolean {
  if (e.reader?.id === toGlobalId('Teacher', CRISIS_TEAM_ID.value)) return true;
  if (e.fields.some((f) => /^crisisAlert\.|^consultation\./.test(f))) return true;
  return e.action === 'WRITE' && e.fields.some((f) => /^(attentionCategories|crisisAlert|consultation)/.test(f));
}

const has = (r: GraphQLResponse, text: string) => JSON.stringify(r.data ?? null).includes(text);

/** One probe per row of the matrix. */
export const PROBES: Record<string, Probe> = {
  'directory (name, class, who the mentor is)': {
    query: 'query($id: ID!) { student(id: $id) { name classroom { name } mentors { role mentor { id } } } }',
    revealed: (r, s) => has(r, s.name) && has(r, toGlobalId('Teacher', s.leadMentorId)),
  },
  '"三个一" done or not': {
    query: 'query($id: ID!) { student(id: $id) { termDuties { talk } } }',
    revealed: (r) => r.data?.student?.termDuties?.talk === true,
  },
  'growth archive': {
    query: 'query($id: ID!) { student(id: $id) { archive { personality } } }',
    revealed: (r) => has(r, MARK.archive),
    direct: true,
  },
  'attention categories': {
    query: 'query($id: ID!) { student(id: $id) { attentionCategories { category } } }',
    revealed: (r) => has(r, 'PSYCHOLOGICAL'),
    direct: true,
  },
  'work records': {
    query: 'query($id: ID!) { student(id: $id) { records { content } } }',
    revealed: (r) => has(r, MARK.record),
    direct: true,
  },
  "trajectory: every term's records, whoever wrote them": {
    query: 'query($id: ID!) { student(id: $id) { trajectory { term records { content } } } }',
    revealed: (r) => has(r, MARK.record),
    direct: true,
  },
  'consultation decisions about the student': {
    query: 'query($id: ID!) { student(id: $id) { consultationNotes { nodes { decision } } } }',
    revealed: (r) => has(r, MARK.decision),
    direct: true,
  },
  'crisis alert details, on the student': {
    query: 'query($id: ID!) { student(id: $id) { crisisAlerts { nodes { description } } } }',
    revealed: (r) => has(r, MARK.crisis),
    direct: true,
  },
  "crisis alert details, in the school's alert list": {
    query: '{ crisisAlerts { nodes { description student { id } } } }',
    revealed: (r) => has(r, MARK.crisis),
    direct: true,
  },
  'crisis alert exists, its level and status': {
    query: '{ crisisAlerts { nodes { level status } } }',
    revealed: (r) => has(r, 'IMMINENT'),
  },
  'published 成长寄语': {
    query: '{ myFeedback { nodes { content } } }',
    revealed: (r) => has(r, MARK.feedback),
    direct: true,
  },
  'growth archive through `_entities` (Teacher → mentees)': {
    query:
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Teacher { mentees { ' +
      'student { archive { personality } records { content } } } } } }',
    revealed: (r) => has(r, MARK.archive),
    subgraphOnly: true,
  },
  'access log, counts per reader and day': {
    query: '{ accessLogSummary { nodes { readerRole readRequests reader { id } } } }',
    revealed: (r, s) => has(r, toGlobalId('Teacher', s.leadMentorId)),
    direct: true,
  },
  'access log, which students a reader read or wrote (a reasoned, recorded review)': {
    query:
      `mutation($r: ID, $from: DateTimeISO!, $to: DateTimeISO!) { openAccessReview(input: ` +
      `{ reason: "矩阵核查：导师查阅记录", readerId: $r, from: $from, to: $to }) { review { entries { ` +
      `student { id } fields } } } }`,
    variables: (s) => ({ r: toGlobalId('Teacher', s.leadMentorId), ...REVIEW_PERIOD }),
    revealed: (r, s) => has(r, s.gid) && has(r, 'archive'),
    direct: true,
  },
  'access log, reviews opened (who, when, whose trail)': {
    query: 'query($s: ID!) { school(id: $s) { accessReviews { nodes { openedAt reader { id } } } } }',
    variables: (s) => ({ s: s.schoolGid }),
    revealed: (r, s) => has(r, toGlobalId('Teacher', s.leadMentorId)),
  },
  // Every view of the log at once, each tried by every role: none may list the subject next to the
  // alert raised, the category set, the crisis team's reads or the consultation decision.
  'access log, which students have crisis alerts, categories or consultation decisions': {
    query:
      `mutation($from: DateTimeISO!, $to: DateTimeISO!) { openAccessReview(input: { ` +
      `reason: "矩阵核查：全校查阅记录", from: $from, to: $to }) { review { entries { student { id } ` +
      `action fields reader { id } } } } }`,
    variables: () => REVIEW_PERIOD,
    revealed: (r, s) =>
      (r.data?.openAccessReview?.review?.entries ?? []).some(
        (e: any) => e.student?.id === s.gid && tellsOfAlertOrDecision(e),
      ),
    direct: true,
  },
  "access log, who accessed one's own or own child's data": {
    query: '{ myDataAccess(first: 100) { nodes { day readerName readerRole action } } }',
    revealed: (r, s) => has(r, s.leadMentorName),
    direct: true,
  },
  'crisis alert notification (in-app: an alert exists, its level, where to open it)': {
    query: '{ notifications(first: 100) { nodes { kind title link } } }',
    revealed: (r) =>
      (r.data?.notifications?.nodes ?? []).some(
        (n: any) => n.kind === 'CRISIS_ALERT' && n.title.includes('紧急') && n.link === '#/crisis',
      ),
    direct: true,
  },
  'a notification naming the student or describing the crisis': {
    query: '{ notifications(first: 100) { nodes { kind title body link } } }',
    revealed: (r, s) => has(r, s.name) || has(r, MARK.crisis),
    direct: true,
  },
  "a mentor's own notifications (weekly digest of their mentees' duties)": {
    query: '{ notifications(first: 100) { nodes { id kind body } } }',
    revealed: (r) => has(r, LEAD_DIGEST_ID.value),
    direct: true,
  },
  'notification channels and their health': {
    query: '{ notificationChannels { id name health } }',
    revealed: (r) => (r.data?.notificationChannels ?? []).some((c: any) => c.name === '危机干预群'),
    direct: true,
  },
  'notification channel secrets (webhook token, signing secret, SMTP password)': {
    query: '{ notificationChannels { id kind name host hasSecret from recipients lastError } }',
    revealed: (r) => has(r, CHANNEL_SECRET) || has(r, 'robot-token'),
    direct: true,
  },
};
