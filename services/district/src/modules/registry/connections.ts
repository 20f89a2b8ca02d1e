import { connectionOf } from '@mentorship/graphql';

import { School } from './school.entity';

export const { Connection: SchoolConnection } = connectionOf(School);
