import { forbidden } from '@mentorship/auth';
import { fromGlobalId } from '@mentorship/graphql';
import type { SchoolContext } from '../../context';
import { Teacher } from '../roster/teacher.entity';
import { School } from './school.type';

/**
 * `_entities` entry points. They run once per representation, so they go through the
 * request's loaders (one statement for all), and the loaders' scope refuses other tenants.
 */
export const referenceResolvers = {
  School: {
    async __resolveReference(ref: { id: string }, ctx: SchoolContext): Promise<School> {
      const tenant = await ctx.loaders.schoolTenantById.load(fromGlobalId(ref.id, 'School'));
      if (!tenant) throw forbidden('This school is outside your scope.');
      return Object.assign(new School(), { uuid: tenant.id });
    },
  },
  Teacher: {
    async __resolveReference(ref: { id: string }, ctx: SchoolContext): Promise<Teacher> {
      const teacher = await ctx.loaders.teacherById.load(fromGlobalId(ref.id, 'Teacher'));
      if (!teacher) throw forbidden('This teacher is outside your scope.');
      return teacher;
    },
  },
};
