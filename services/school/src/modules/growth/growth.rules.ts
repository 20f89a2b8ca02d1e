import { Role } from '@mentorship/auth';
import { type IRule, rule } from 'graphql-shield';

import type { SchoolContext } from '../../context';

/** A teacher's growth record: the teacher themself, or the admin of the teacher's school. */
export const selfOrSchoolAdmin: IRule = rule('selfOrSchoolAdmin', { cache: 'contextual' })(
  (teacher: { id: string; schoolId: string }, _args, ctx: SchoolContext) =>
    ctx.principal !== null &&
    ctx.principal.schoolId === teacher.schoolId &&
    (ctx.principal.role === Role.SCHOOL_ADMIN || ctx.principal.personId === teacher.id),
);
