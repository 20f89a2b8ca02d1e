import 'reflect-metadata';

import { Role } from '@mentorship/auth';
import { valueTypeEntries } from '@mentorship/graphql';
import { graphql } from 'graphql';

import { buildDistrictSchema, VALUE_TYPES } from './schema';

describe('the district schema’s value types', () => {
  it('are reached only through the district dashboard and its trends', async () => {
    const schema = await buildDistrictSchema();
    expect(valueTypeEntries(schema, VALUE_TYPES)).toEqual(['Query.districtDashboard', 'Query.districtTrends']);
  });

  it.each([Role.SCHOOL_ADMIN, Role.GRADE_LEAD, Role.MENTOR, Role.SERVICE])(
    'and those doors stay shut to %s',
    async (role) => {
      const schema = await buildDistrictSchema();
      const contextValue = { principal: { personId: 'p', districtId: 'd', schoolId: 's', role } };
      for (const source of ['{ districtDashboard { term } }', '{ districtTrends { week } }']) {
        const result = await graphql({ schema, source, contextValue });
        expect([source, result.data, result.errors?.map((e) => e.extensions.code)]).toEqual([
          source,
          null,
          ['FORBIDDEN'],
        ]);
      }
    },
  );
});
