import { forbidden } from '@mentorship/auth';
import { parseGlobalId } from '@mentorship/graphql';

import type { SchoolContext } from '../../context';
import { Teacher } from '../roster/teacher.entity';
import { School } from './school.type';

/**
 * `_entities` entry points. They run once per representation, so they go through the
 * request's loaders (one statement for all), and the loaders' scope refuses other tenants.
 * Unknown, malformed and foreign ids get one and the same refusal: none says what exists elsewhere.
 */
export const referenceResolvers = {
  School: {
    async __resolveReference(ref: { id?: unknown }, ctx: SchoolContext): Promise<School> {
      const id = parseGlobalId(ref.id, 'School');
      const tenant = id && (await ctx.loaders.schoolTenantById.load(id));
      if (!tenant) throw forbidden('This school is outside your scope.');
      return Object.assign(new School(), { uuid: tenant.id });
    },
  },
  Teacher: {
    async __resolveReference(ref: { id?: unknown }, ctx: SchoolContext): Promise<Teacher> {
      const id = parseGlobalId(ref.id, 'Teacher');
      const teacher = id && (await ctx.loaders.teacherById.load(id));
      if (!teacher) throw forbidden('This teacher is outside your scope.');
      return teacher;
    },
  },
};
