/**
 * Compile-time proof that the generated client is typed (`tsc -p tests/tsconfig.json --noEmit`
 * in `npm test`): every `@ts-expect-error` below must be an error, or the compile fails.
 * Asking the server for a field the schema lacks fails earlier, at codegen
 * (packages/client/src/codegen.spec.ts).
 */
import { createClient, DistrictOverviewDocument, MyMenteesDocument, RunMatchingDocument, SchoolGradesDocument, type DistrictOverviewQuery } from '@mentorship/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

const client = createClient({ url: 'http://localhost:4000/graphql', token: 't' });

export async function typedResults(): Promise<void> {
  const data: DistrictOverviewQuery = await client.request(DistrictOverviewDocument, { stage: 'PRIMARY' });
  const school = data.schools.nodes[0];
  const coverage: number = school.stats.studentsWithLeadMentor / school.stats.students;
  // @ts-expect-error the operation did not ask for this field (and the schema has no such field)
  void school.stats.evaluationScore;
  // @ts-expect-error `name` was asked for, `principal` was not
  void school.principal;
  const mentees = await client.request(MyMenteesDocument, { teacherId: 'VGVhY2hlcjp4' });
  // @ts-expect-error student is a Student object, not a string
  const name: string = mentees.teacher.mentees[0].student;
  void coverage, name;
}

export async function typedVariables(): Promise<void> {
  // @ts-expect-error stage is an enum: SchoolStage, not any string
  await client.request(DistrictOverviewDocument, { stage: 'KINDERGARTEN' });
  // @ts-expect-error schoolId is required
  await client.request(SchoolGradesDocument, {});
  // @ts-expect-error schoolId is an ID (string), not a number
  await client.request(SchoolGradesDocument, { schoolId: 42 });
  // @ts-expect-error variables of a mutation are required
  await client.request(RunMatchingDocument);
  // @ts-expect-error no such variable
  await client.request(RunMatchingDocument, { roundId: 'x', force: true });
}

/** The documents are plain TypedDocumentNodes, usable with any GraphQL client. */
export const asTypedDocument: TypedDocumentNode<DistrictOverviewQuery, { stage?: 'PRIMARY' | null; first?: number }> = DistrictOverviewDocument;
