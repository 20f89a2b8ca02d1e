import { migrateCommand } from '@mentorship/db';

import { createSchoolDataSource } from '../data-source';

migrateCommand('school', 'SCHOOL_DATABASE_URL', createSchoolDataSource);
