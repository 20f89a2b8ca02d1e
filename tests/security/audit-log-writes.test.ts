import { randomUUID } from 'node:crypto';

import { errorCodes } from '@mentorship/testing';

import { FROM, gql, useAuditScenario } from '../support/audit-scenario';

/**
 * Issue 12, item 5: writes are audited once, in their own transaction, under the platform's own request id (the day
 * of work: ../support/audit-scenario.ts).
 */
describe('the audit trail watches without telling (issue 12, item 5)', () => {
  const s = useAuditScenario();

  describe('writes are audited in their own transaction', () => {
    it('each write of personal data leaves exactly one row per student, with the write', async () => {
      const rows = await s.auditRows(`action = 'WRITE' ORDER BY actor_id, fields[1]`, []);
      const actor = (id: string) => (id === s.mentorId ? 'mentor' : id === s.crisisId ? 'crisis' : 'head');
      const student = (id: string) =>
        id === s.alerted.id ? 'alerted' : id === s.child.id ? 'child' : id === s.discussed.id ? 'discussed' : '?';
      const summary = rows.map(
        (r: any) => `${actor(r.actor_id)}:${r.fields.join()}:${r.sealed ? 'sealed' : 'open'}:${student(r.student_id)}`,
      );
      expect(summary.sort()).toEqual([
        'crisis:crisisAlert.status:sealed:alerted',
        'head:consultation:sealed:discussed',
        'mentor:attentionCategories:sealed:alerted',
        'mentor:crisisAlert:sealed:alerted',
        'mentor:records:open:child',
      ]);
    });

    it(
      'a refused or conflicting write leaves no audit row; of three racing first edits, exactly the one that ' +
        'committed is audited',
      async () => {
        const before = (await s.p.school.query(`SELECT count(*)::int AS n FROM access_log WHERE action = 'WRITE'`))[0]
          .n;
        // Not the caller's mentee: refused inside the transaction.
        const stranger = s.discussed;
        expect(
          errorCodes(
            await gql(
              s.p.gatewayUrl,
              s.mentor,
              'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { userErrors { code } } }',
              {
                i: {
                  idempotencyKey: randomUUID(),
                  kind: 'TALK',
                  studentIds: [stranger.gid],
                  occurredAt: '2026-11-16T01:00:00Z',
                  content: 'x',
                },
              },
            ),
          ),
        ).toEqual(['FORBIDDEN']);
        const edit =
          'mutation($i: EditGrowthArchiveInput!) { editGrowthArchive(input: $i) { archive { version } userErrors ' +
          '{ code } } }';
        const racing = await Promise.all(
          ['甲', '乙', '丙'].map((habits) =>
            s.ok(s.mentor, edit, { i: { studentId: s.plain.gid, expectedVersion: 0, habits } }),
          ),
        );
        expect(racing.map((r) => r.editGrowthArchive.userErrors[0]?.code ?? 'OK').sort()).toEqual([
          'OK',
          'VERSION_CONFLICT',
          'VERSION_CONFLICT',
        ]);
        const stale = await s.ok(s.mentor, edit, { i: { studentId: s.plain.gid, expectedVersion: 0, habits: '丁' } });
        expect(stale.editGrowthArchive.userErrors).toEqual([{ code: 'VERSION_CONFLICT' }]);
        const after = await s.auditRows(`action = 'WRITE' ORDER BY id`, []);
        expect(after.length).toBe(before + 1);
        expect(after[after.length - 1]).toMatchObject({
          student_id: s.plain.id,
          fields: ['archive'],
          sealed: false,
          actor_id: s.mentorId,
        });
        // A replayed record (same idempotency key) wrote nothing the second time: no second row.
        const input = {
          idempotencyKey: randomUUID(),
          kind: 'TALK',
          studentIds: [s.plain.gid],
          occurredAt: '2026-11-16T01:00:00Z',
          content: '再谈',
        };
        const create =
          'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { replayed userErrors { code } } }';
        await s.ok(s.mentor, create, { i: input });
        expect((await s.ok(s.mentor, create, { i: input })).createMentorRecord.replayed).toBe(true);
        expect(
          (await s.auditRows(`action = 'WRITE' AND student_id = $1 AND fields = ARRAY['records']`, [s.plain.id]))
            .length,
        ).toBe(1);
      },
    );

    it('publishing a 成长寄语 is audited once; a second one for the same term is refused and leaves nothing', async () => {
      const create =
        'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { record { id } userErrors { ' +
        'code } } }';
      const publish = 'mutation($r: ID!) { publishWrittenFeedback(recordId: $r) { userErrors { code } } }';
      const feedback = async () =>
        (
          await s.ok(s.mentor, create, {
            i: {
              idempotencyKey: randomUUID(),
              kind: 'WRITTEN_FEEDBACK',
              studentIds: [s.plain.gid],
              occurredAt: '2026-11-16T01:00:00Z',
              content: '继续加油',
            },
          })
        ).createMentorRecord.record.id;
      const [first, second] = [await feedback(), await feedback()];
      expect((await s.ok(s.mentor, publish, { r: first })).publishWrittenFeedback.userErrors).toEqual([]);
      expect((await s.ok(s.mentor, publish, { r: second })).publishWrittenFeedback.userErrors).toEqual([
        { code: 'FEEDBACK_ALREADY_PUBLISHED' },
      ]);
      expect(
        await s.auditRows(`action = 'WRITE' AND student_id = $1 AND fields = ARRAY['records.publish']`, [s.plain.id]),
      ).toEqual([expect.objectContaining({ sealed: false, actor_id: s.mentorId })]);
    });

    it('a request that reads many students still writes its reads in one statement, and a write adds one', async () => {
      s.p.schoolStatements.reset();
      await s.ok(
        s.mentor,
        '{ me { mentees(first: 100) { nodes { archive { version } attentionCategories { category } records { ' +
          'kind } crisisAlerts { nodes { description } } } } } }',
      );
      expect(s.p.schoolStatements.statements.filter((sql) => /INSERT INTO access_log/.test(sql))).toHaveLength(1);
      s.p.schoolStatements.reset();
      await s.ok(
        s.mentor,
        'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { userErrors { code } } }',
        {
          i: {
            idempotencyKey: randomUUID(),
            kind: 'GROUP_ACTIVITY',
            studentIds: s.mentees.map((m) => m.gid),
            occurredAt: '2026-11-16T01:00:00Z',
            content: '读书会',
            place: '图书馆',
            topic: '共读',
          },
        },
      );
      expect(s.p.schoolStatements.statements.filter((sql) => /INSERT INTO access_log/.test(sql))).toHaveLength(1);
    });
  });

  describe('the request id', () => {
    it(
      'is the platform’s own: a client-supplied x-request-id is neither stored nor forwarded by the gateway (nor ' +
        'a claimed address)',
      async () => {
        const chosen = `forged-${randomUUID()}`;
        await s.ok(
          s.mentor,
          'query($id: ID!) { student(id: $id) { archive { version } } }',
          { id: s.child.gid },
          { 'x-request-id': chosen, 'x-client-address': '10.6.6.6' },
        );
        await s.ok(
          s.mentor,
          'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { userErrors { code } } }',
          {
            i: {
              idempotencyKey: randomUUID(),
              kind: 'TALK',
              studentIds: [s.child.gid],
              occurredAt: '2026-11-16T01:00:00Z',
              content: '又谈',
            },
          },
          { 'x-request-id': chosen },
        );
        expect(await s.auditRows('request_id = $1', [chosen])).toEqual([]);
        const latest = await s.auditRows(`student_id = $1 ORDER BY id DESC LIMIT 2`, [s.child.id]);
        expect(latest).toHaveLength(2);
        for (const row of latest)
          expect(row.request_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        // Nor is a claimed address: the gateway says where the request came from.
        expect(
          await s.p.school.query('SELECT DISTINCT origin FROM access_log WHERE request_id = ANY($1)', [
            latest.map((r: { request_id: string }) => r.request_id),
          ]),
        ).toEqual([{ origin: '127.0.0.1' }]);
        expect(latest[0].request_id).not.toBe(latest[1].request_id);
      },
    );
  });
});
