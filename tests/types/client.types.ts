/**
 * Compile-time proof that the generated client is typed (`tsc -p tests/tsconfig.json --noEmit`
 * in `npm test`): every `@ts-expect-error` below must be an error, or the compile fails.
 * Asking the server for a field the schema lacks fails earlier, at codegen
 * (packages/client/src/codegen.spec.ts).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  createClient,
  CreateMentorRecordDocument,
  DistrictDashboardDocument,
  type DistrictDashboardQuery,
  GradeComparisonDocument,
  MyWorkDocument,
  RunMatchingDocument,
} from '@mentorship/client';

const client = createClient({ url: 'http://localhost:4000/graphql', token: 't' });

export async function typedResults(): Promise<void> {
  const data: DistrictDashboardQuery = await client.request(DistrictDashboardDocument, { stage: 'PRIMARY' });
  const row = data.districtDashboard.schools[0];
  // @ts-expect-error figures are null until the school's first snapshot arrives
  const unchecked: number = row.figures.coverage;
  const coverage: number = row.figures?.coverage ?? 0;
  // @ts-expect-error the operation did not ask for this field (and the schema has no such field)
  void row.figures?.evaluationScore;
  // @ts-expect-error `name` was asked for, `principal` was not
  void row.school.principal;
  const work = await client.request(MyWorkDocument, {});
  // @ts-expect-error student is a Student object, not a string
  const name: string = work.me.pendingTasks[0].student;
  (void unchecked, coverage, name);
}

export async function typedVariables(): Promise<void> {
  // @ts-expect-error stage is an enum: SchoolStage, not any string
  await client.request(DistrictDashboardDocument, { stage: 'KINDERGARTEN' });
  // @ts-expect-error schoolId is required
  await client.request(GradeComparisonDocument, {});
  // @ts-expect-error schoolId is an ID (string), not a number
  await client.execute(GradeComparisonDocument, { schoolId: 42 });
  // @ts-expect-error kind is a RecordKind: TALK, HOME_VISIT, …, not any string
  await client.request(CreateMentorRecordDocument, {
    input: { idempotencyKey: 'k', kind: 'CHAT', studentIds: ['s'], occurredAt: '2026-11-24T08:00:00Z', content: '…' },
  });
  // @ts-expect-error the idempotency key is required
  await client.request(CreateMentorRecordDocument, {
    input: { kind: 'TALK', studentIds: ['s'], occurredAt: '2026-11-24T08:00:00Z', content: '…' },
  });
  // @ts-expect-error variables of a mutation are required
  await client.request(RunMatchingDocument);
  // @ts-expect-error no such variable
  await client.request(RunMatchingDocument, { roundId: 'x', force: true });
}

/** The documents are plain TypedDocumentNodes, usable with any GraphQL client. */
export const asTypedDocument: TypedDocumentNode<DistrictDashboardQuery, { stage?: 'PRIMARY' | null }> =
  DistrictDashboardDocument;
