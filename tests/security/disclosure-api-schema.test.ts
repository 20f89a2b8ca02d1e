import fs from 'node:fs';
import path from 'node:path';

import { buildSchema, getNamedType, isObjectType } from 'graphql';

/**
 * Disclosure control through the API (issue 12; services/school/DISCLOSURE.md): grade leads and head teachers get the
 * same grade and classroom objects as the school admin, which carry no sensitive count. This checks the schema for
 * that: every aggregate field with a sensitive count is one disclosure-api.test.ts collects.
 */
/** Every aggregate field of the API that carries a sensitive count; each is collected below. */
const COLLECTED = [
  'DashboardFigures.attentionStudents',
  'DashboardFigures.openCrisisAlerts',
  'DashboardFigures.schoolsWithOverdueCrisisAlert',
  'SchoolFigures.attentionStudents',
  'SchoolFigures.openCrisisAlerts',
  'SchoolFigures.hasOverdueCrisisAlert',
  'SchoolMetrics.attentionStudents',
  'SchoolMetrics.openCrisisAlerts',
  'SchoolMetrics.hasOverdueCrisisAlert',
  'CrisisAlert.overdue',
  'TermCloseChecklist.openCrisisAlerts',
  'TermFiguresView.attentionStudents',
  'TermFiguresView.crisisOpenAtClose',
  'TermFiguresView.crisisRaisedInTerm',
  'TermFiguresView.hasOverdueCrisisAlert',
];
/** Per-student fields, behind the mentor rules the privacy matrix tests; the audit is about counts. */
const PER_STUDENT = [
  'Student.attentionCategories',
  'Student.crisisAlerts',
  'AttentionCategoriesPayload.attentionCategories',
];
/** Named like one, but a setting, not a count. */
const NOT_COUNTS = ['SchoolSettings.crisisPickupHours'];

describe('disclosure control over everything the API publishes, collected per role', () => {
  it(
    'every aggregate field with a sensitive count is one this audit collects (a new one fails ' +
      'here until it is collected)',
    () => {
      const schema = buildSchema(fs.readFileSync(path.join(__dirname, '../../schema/api.graphql'), 'utf8'));
      const found: string[] = [];
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) || type.name.startsWith('__') || ['Query', 'Mutation'].includes(type.name)) continue;
        for (const field of Object.values(type.getFields())) {
          // A connection counts as its nodes' type (Student.crisisAlerts pages CrisisAlert).
          const target = getNamedType(field.type);
          const nodes =
            isObjectType(target) && target.name.endsWith('Connection') ? target.getFields().nodes : undefined;
          const named = getNamedType(nodes?.type ?? target).name;
          const countLike = ['Int', 'Float', 'Boolean', 'CountBand', 'AttentionFlag', 'CrisisAlert'].includes(named);
          if (named === 'CountBand' || (countLike && /attention|crisis|overdue/i.test(field.name)))
            found.push(`${type.name}.${field.name}`);
        }
      }
      expect(found).toEqual(expect.arrayContaining([...PER_STUDENT, ...NOT_COUNTS]));
      expect(found.filter((f) => !PER_STUDENT.includes(f) && !NOT_COUNTS.includes(f)).sort()).toEqual(
        [...COLLECTED].sort(),
      );
    },
  );
});
