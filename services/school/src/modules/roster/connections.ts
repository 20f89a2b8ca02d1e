import { connectionOf } from '@mentorship/graphql';

import { Student } from './student.entity';
import { Teacher } from './teacher.entity';

export const { Connection: StudentConnection } = connectionOf(Student);
export const { Connection: TeacherConnection } = connectionOf(Teacher);
