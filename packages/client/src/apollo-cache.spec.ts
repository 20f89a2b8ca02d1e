import { InMemoryCache } from '@apollo/client/core';

import { apolloTypePolicies } from './apollo-type-policies';
import {
  MyEvaluationsDocument,
  type MyEvaluationsQuery,
  MySurveySummaryDocument,
  type MySurveySummaryQuery,
  MyWorkDocument,
  type MyWorkQuery,
} from './generated/graphql';

/**
 * Apollo Client's normalised cache with the typed operations: two operations that read different
 * parts of `me` must both stay readable. Without the policies Apollo replaces one `me` with the
 * other and warns "Cache data may be lost when replacing the me field of a Query object".
 */
const myWork: MyWorkQuery = {
  me: {
    __typename: 'Me',
    teacher: { __typename: 'Teacher', id: 't-1', name: '王老师' },
    mentees: {
      __typename: 'StudentConnection',
      totalCount: 1,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      nodes: [
        {
          __typename: 'Student',
          id: 's-1',
          name: '李同学',
          studentNumber: '2026001',
          classroom: {
            __typename: 'Classroom',
            id: 'c-1',
            name: '七(1)班',
            grade: { __typename: 'Grade', id: 'g-1', name: '七年级' },
          },
          mentors: [{ __typename: 'Mentorship', role: 'LEAD', mentor: { __typename: 'Teacher', id: 't-1' } }],
          termDuties: {
            __typename: 'TermDuties',
            term: '2026-2027-1',
            homeVisit: false,
            talk: true,
            writtenFeedback: false,
          },
        },
      ],
    },
    pendingTasks: [
      {
        __typename: 'PendingTask',
        kind: 'HOME_VISIT',
        period: 'TERM',
        required: 1,
        done: 0,
        student: { __typename: 'Student', id: 's-1', name: '李同学' },
      },
    ],
  },
};
const summary: MySurveySummaryQuery = {
  me: {
    __typename: 'Me',
    surveySummary: {
      __typename: 'SurveySummary',
      term: '2026-2027-1',
      audience: 'STUDENT',
      closed: false,
      responses: null,
      suppressed: true,
      questions: [],
      comments: [],
    },
  },
};
const evaluations: MyEvaluationsQuery = {
  me: {
    __typename: 'Me',
    evaluations: [{ __typename: 'EvaluationResult', term: '2025-2026-2', total: 88.5, level: 'QUALIFIED', items: [] }],
  },
};

/** Writes the three answers in turn, as three screens would, and collects Apollo's warnings. */
function writeAll(cache: InMemoryCache): string[] {
  const warnings: string[] = [];
  const spy = jest
    .spyOn(console, 'warn')
    .mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' ')));
  const error = jest
    .spyOn(console, 'error')
    .mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' ')));
  try {
    cache.writeQuery({ query: MyWorkDocument, variables: { first: 100 }, data: myWork });
    cache.writeQuery({ query: MySurveySummaryDocument, variables: { audience: 'STUDENT' }, data: summary });
    cache.writeQuery({ query: MyEvaluationsDocument, data: evaluations });
  } finally {
    spy.mockRestore();
    error.mockRestore();
  }
  return warnings;
}

describe('typed operations under Apollo Client’s InMemoryCache', () => {
  it('keeps every part of `me` with the shipped type policies, without a warning', () => {
    const cache = new InMemoryCache({ typePolicies: apolloTypePolicies });
    expect(writeAll(cache)).toEqual([]);
    expect(cache.readQuery({ query: MyWorkDocument, variables: { first: 100 } })).toEqual(myWork);
    expect(cache.readQuery({ query: MySurveySummaryDocument, variables: { audience: 'STUDENT' } })).toEqual(summary);
    expect(cache.readQuery({ query: MyEvaluationsDocument })).toEqual(evaluations);
    // One normalised Me, and the student's entity shared with anything else that names it.
    expect(Object.keys(cache.extract())).toEqual(
      expect.arrayContaining(['ROOT_QUERY', 'Me:{}', 'Student:s-1', 'Teacher:t-1']),
    );
  });

  it('without them, Apollo drops the earlier answer and warns (what front-end teams hit)', () => {
    const cache = new InMemoryCache();
    const warnings = writeAll(cache);
    // Apollo's production build sends the message as an encoded link: its arguments name the field.
    expect(decodeURIComponent(warnings.join('\n'))).toMatch(
      /Cache data may be lost when replacing the me field|"me","Query","either ensure all objects of type Me have an ID/,
    );
    expect(cache.readQuery({ query: MyWorkDocument, variables: { first: 100 } })).toBeNull();
  });
});
