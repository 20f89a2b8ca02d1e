import 'reflect-metadata';

import { valueTypeEntries } from '@mentorship/graphql';

import { buildSchoolSchema, VALUE_TYPES } from './schema';

describe('the school schema’s value types', () => {
  it('are reached only through the guarded figures of schools, grades, classes, duties and terms', async () => {
    // A new door must be reviewed: its rule guards everything below it (tests/security privacy matrix).
    expect(valueTypeEntries(await buildSchoolSchema(), VALUE_TYPES)).toEqual([
      'Classroom.dutyCompletion',
      'Classroom.metrics',
      'Grade.dutyCompletion',
      'Grade.metrics',
      'School.metrics',
      'Student.termDuties',
      'TermFiguresView.attentionStudents',
      'TermFiguresView.crisisOpenAtClose',
      'TermFiguresView.crisisRaisedInTerm',
    ]);
  });
});
