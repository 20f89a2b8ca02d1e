import { forbidden } from '@mentorship/auth';
import { parseGlobalId } from '@mentorship/graphql';

import { Teacher } from './teacher.type';

/** What arrives at `_entities`: whatever the caller sent, checked before use. */
type Representation = { id?: unknown; staffNumber?: unknown; school?: unknown };

export const teacherReference = {
  Teacher: {
    /**
     * The district holds no roster: it takes the representation as the gateway hands it over,
     * but only a well-formed one (teacher id, staff number, school id, as @requires sends them).
     * Anything else is refused here, cleanly, rather than failing later inside `training`;
     * async, so that a refusal fails this representation alone, not the whole `_entities` call.
     */
    async __resolveReference(ref: Representation): Promise<Teacher> {
      const school = ref.school as { id?: unknown } | null | undefined;
      if (
        !parseGlobalId(ref.id, 'Teacher') ||
        typeof ref.staffNumber !== 'string' ||
        !ref.staffNumber ||
        !parseGlobalId(school?.id, 'School')
      ) {
        throw forbidden('This teacher is outside your scope.');
      }
      return Object.assign(new Teacher(), ref);
    },
  },
};
