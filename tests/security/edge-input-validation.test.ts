import { randomUUID } from 'node:crypto';

import { toGlobalId } from '@mentorship/graphql';

import { EDGE_MODES, EDGE_START_MS, type EdgeMode, type EdgePlatform, startEdge } from '../support/edge-platform';
import { expectCleanError, expectNothingLeaked, post } from '../support/edge-requests';

/** Input validation at the edge: page sizes, control characters and dates, naming the field. */

function edgeSuite(mode: EdgeMode, start: () => Promise<EdgePlatform>) {
  describe(`the edge holds (${mode})`, () => {
    let p: EdgePlatform;
    let admin: string;
    let schoolGid: string;
    beforeAll(async () => {
      ({ p, admin, schoolGid } = await startEdge(start));
    }, EDGE_START_MS);
    afterAll(() => p?.stop());

    describe('input validation', () => {
      let mentor: string;
      let menteeId: string;
      beforeAll(async () => {
        mentor = p.token('mentor-1');
        const r = await post(p.gatewayUrl, mentor, { query: '{ me { mentees(first: 1) { nodes { id } } } }' });
        menteeId = r.body.data.me.mentees.nodes[0].id;
      });

      it(
        'refuses page sizes outside 1–100 on Student.records, School.accessReviews and every other first, naming ' +
          'first',
        async () => {
          // [token, endpoint, the selection with FIRST where the page size goes, other variables]
          const cases: [string, string, string, string, Record<string, unknown>][] = [
            [mentor, p.gatewayUrl, '$id: ID!', 'student(id: $id) { records(first: FIRST) { id } }', { id: menteeId }],
            [
              admin,
              p.gatewayUrl,
              '$s: ID!',
              'school(id: $s) { accessReviews(first: FIRST) { totalCount } }',
              { s: schoolGid },
            ],
            [
              admin,
              p.schoolUrl,
              '$r: [_Any!]!',
              '_entities(representations: $r) { ... on School { accessReviews(first: FIRST) { totalCount } } }',
              { r: [{ __typename: 'School', id: schoolGid }] },
            ],
            [
              admin,
              p.schoolUrl,
              '$r: [_Any!]!',
              '_entities(representations: $r) { ... on School { teachers(first: FIRST) { totalCount } } }',
              { r: [{ __typename: 'School', id: schoolGid }] },
            ],
            [p.token('district-admin'), p.gatewayUrl, '', 'schools(first: FIRST) { nodes { id } }', {}],
            [p.token('district-admin'), p.districtUrl, '', 'schools(first: FIRST) { nodes { id } }', {}],
            [mentor, p.gatewayUrl, '', 'me { mentees(first: FIRST) { nodes { id } } }', {}],
          ];
          for (const [token, url, declared, selection, variables] of cases) {
            for (const n of [1_000_000_000, -1, 0, 101]) {
              const r = await post(url, token, {
                query:
                  `query(${[declared, '$n: Int!'].filter(Boolean).join(', ')}) { ` +
                  `${selection.replace('FIRST', '$n')} }`,
                variables: { ...variables, n },
              });
              if (r.body?.errors?.[0]?.extensions?.code !== 'BAD_USER_INPUT')
                throw new Error(`${url} ${selection} ${n} ${r.text}`);
              expectCleanError(r, { code: 'BAD_USER_INPUT' });
              expect(r.body.errors[0].extensions.field).toBe('first');
              expect(r.body.errors[0].message).toMatch(/between 1 and 100/);
              // The same as a literal: priced as the largest page, then refused by the same check.
              const literal = await post(url, token, {
                query: `${declared ? `query(${declared})` : ''} { ${selection.replace('FIRST', String(n))} }`,
                variables,
              });
              if (literal.body?.errors?.[0]?.extensions?.code !== 'BAD_USER_INPUT')
                throw new Error(`${url} ${selection} ${n} ${literal.text}`);
              expectCleanError(literal, { code: 'BAD_USER_INPUT' });
              expect(literal.body.errors[0].extensions.field).toBe('first');
            }
          }
          const ok = await post(p.gatewayUrl, admin, {
            query: 'query($s: ID!) { school(id: $s) { accessReviews(first: 100) { nodes { openedAt } } } }',
            variables: { s: schoolGid },
          });
          expect(ok.body.errors).toBeUndefined();
        },
      );

      it('pages School.accessReviews with after; a cursor not from the list is BAD_USER_INPUT on after', async () => {
        const open = 'mutation($i: OpenAccessReviewInput!) { openAccessReview(input: $i) { userErrors { code } } }';
        const [from, to] = [new Date(Date.now() - 3_600_000).toISOString(), new Date().toISOString()];
        for (const reason of ['分页核查：家长询问档案查阅一', '分页核查：家长询问档案查阅二']) {
          const r = await post(p.gatewayUrl, admin, { query: open, variables: { i: { reason, from, to } } });
          expect(r.body.data.openAccessReview.userErrors).toEqual([]);
        }
        const page = (after: string | null) =>
          post(p.gatewayUrl, admin, {
            query:
              'query($s: ID!, $after: String) { school(id: $s) { accessReviews(first: 1, after: $after) { ' +
              'totalCount nodes { reason } pageInfo { endCursor hasNextPage } } } }',
            variables: { s: schoolGid, after },
          });
        const first = (await page(null)).body.data.school.accessReviews;
        expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
        const second = (await page(first.pageInfo.endCursor)).body.data.school.accessReviews;
        expect(second.pageInfo.hasNextPage).toBe(false);
        expect([...first.nodes, ...second.nodes].map((n: { reason: string }) => n.reason).sort()).toEqual([
          '分页核查：家长询问档案查阅一',
          '分页核查：家长询问档案查阅二',
        ]);
        const foreign = await page('eA');
        expectCleanError(foreign, { code: 'BAD_USER_INPUT' });
        expect(foreign.body.errors[0].extensions.field).toBe('after');
      });

      it(
        'refuses NUL and other control characters in text, naming the field, ' + 'at the gateway and the subgraph',
        async () => {
          const mutations: [string, string, Record<string, unknown>, string][] = [
            [
              'createMentorRecord',
              'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { record { id } userErrors ' +
                '{ code } } }',
              {
                idempotencyKey: randomUUID(),
                kind: 'TALK',
                studentIds: [menteeId],
                occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
                content: 'talked\u0000about',
              },
              'content',
            ],
            [
              'editGrowthArchive',
              'mutation($i: EditGrowthArchiveInput!) { editGrowthArchive(input: $i) { userErrors { code } } }',
              { studentId: menteeId, expectedVersion: 0, personality: 'calm\u0000' },
              'personality',
            ],
            [
              'raiseCrisisAlert',
              'mutation($i: RaiseCrisisAlertInput!) { raiseCrisisAlert(input: $i) { userErrors { code } } }',
              { studentId: menteeId, level: 'LOW', description: 'x\u001b[31m', idempotencyKey: randomUUID() },
              'description',
            ],
          ];
          for (const url of [p.gatewayUrl, p.schoolUrl]) {
            for (const [name, query, input, field] of mutations) {
              const r = await post(url, mentor, { query, variables: { i: input } });
              expectCleanError(r, { code: 'BAD_USER_INPUT' });
              expect({ name, field: r.body.errors[0].extensions.field }).toEqual({ name, field });
              expect(r.body.errors[0].message).toMatch(/control character/);
            }
          }
          const long = await post(p.gatewayUrl, mentor, {
            query: mutations[0][1],
            variables: { i: { ...mutations[0][2], content: 'x'.repeat(20_001) } },
          });
          expectCleanError(long, { code: 'BAD_USER_INPUT' });
          expect(long.body.errors[0].message).toMatch(/at most 20000/);
        },
      );

      it(
        'refuses bad dates as BAD_USER_INPUT naming the field through the gateway, ' + 'not INTERNAL_SERVER_ERROR',
        async () => {
          const record =
            'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { record { id } userErrors { ' +
            'field code } } }';
          for (const url of [p.gatewayUrl, p.schoolUrl]) {
            const r = await post(url, mentor, {
              query: record,
              variables: {
                i: {
                  idempotencyKey: randomUUID(),
                  kind: 'TALK',
                  studentIds: [menteeId],
                  occurredAt: 'yesterday-ish',
                  content: 'talk',
                },
              },
            });
            expectCleanError(r, { code: 'BAD_USER_INPUT' });
            expect(r.body.errors[0].extensions.field).toBe('occurredAt');
          }
          const open =
            'mutation($i: OpenMatchingRoundInput!) { openMatchingRound(input: $i) { round { id } userErrors { ' +
            'field code } } }';
          const tomorrow = await post(p.gatewayUrl, admin, {
            query: open,
            variables: { i: { academicYear: '2026-2027', opensAt: 'tomorrow', closesAt: '2026-12-31T00:00:00Z' } },
          });
          expectCleanError(tomorrow, { code: 'BAD_USER_INPUT' });
          expect(tomorrow.body.errors[0].extensions.field).toBe('opensAt');
          // A literal in the document, which the gateway passes on inline: still the caller's input.
          const literal = await post(p.gatewayUrl, admin, {
            query:
              'mutation { openMatchingRound(input: { academicYear: "2026-2027", opensAt: "tomorrow", closesAt: ' +
              '"2026-12-31T00:00:00Z" }) { userErrors { code } } }',
          });
          expectCleanError(literal, { code: 'BAD_USER_INPUT' });
          const ages = await post(p.gatewayUrl, admin, {
            query: open,
            variables: {
              i: { academicYear: '2026-2027', opensAt: '1000-01-01T00:00:00Z', closesAt: '9999-12-31T00:00:00Z' },
            },
          });
          expectCleanError(ages, { code: 'BAD_USER_INPUT' });
          expect(ages.body.errors[0].extensions.field).toBe('opensAt');
          const outsideYear = await post(p.gatewayUrl, admin, {
            query: open,
            variables: {
              i: { academicYear: '2026-2027', opensAt: '2030-01-01T00:00:00Z', closesAt: '2030-02-01T00:00:00Z' },
            },
          });
          expect(outsideYear.body.data.openMatchingRound.userErrors).toEqual([
            { field: 'closesAt', code: 'INVALID_WINDOW' },
          ]);
          const headTeacher = p.logins.find((l) => l.login === 'head-teacher')!;
          const consult =
            'mutation($i: RecordCaseConsultationInput!) { recordCaseConsultation(input: $i) { userErrors { field ' +
            'code } } }';
          const feb30 = await post(p.gatewayUrl, p.token('head-teacher'), {
            query: consult,
            variables: {
              i: {
                classroomId: toGlobalId('Classroom', headTeacher.classroomId!),
                heldOn: '2026-02-30',
                attendeeIds: [],
                decisions: [],
                tasks: [],
              },
            },
          });
          expectNothingLeaked(feb30);
          expect(feb30.body.data.recordCaseConsultation.userErrors).toEqual([
            { field: 'heldOn', code: 'INVALID_DATE' },
          ]);
        },
      );
    });
  });
}

for (const [mode, start] of EDGE_MODES) edgeSuite(mode, start);
