import { forbidden } from '@mentorship/auth';
import { fromGlobalId } from '@mentorship/graphql';
import type { DistrictContext } from '../../context';
import type { School } from './school.entity';

/** `_entities` entry point for School, through the scoped loader (one statement for all). */
export const referenceResolvers = {
  School: {
    async __resolveReference(ref: { id: string }, ctx: DistrictContext): Promise<School> {
      const school = await ctx.loaders.schoolById.load(fromGlobalId(ref.id, 'School'));
      if (!school) throw forbidden('This school is outside your scope.');
      return school;
    },
  },
};
