import { forbidden } from '@mentorship/auth';
import { parseGlobalId } from '@mentorship/graphql';

import type { DistrictContext } from '../../context';
import type { School } from './school.entity';

/**
 * `_entities` entry point for School, through the scoped loader; unknown, malformed and foreign ids get one refusal.
 */
export const referenceResolvers = {
  School: {
    async __resolveReference(ref: { id?: unknown }, ctx: DistrictContext): Promise<School> {
      const id = parseGlobalId(ref.id, 'School');
      const school = id && (await ctx.loaders.schoolById.load(id));
      if (!school) throw forbidden('This school is outside your scope.');
      return school;
    },
  },
};
