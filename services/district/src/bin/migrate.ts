import { migrateCommand } from '@mentorship/db';

import { createDistrictDataSource } from '../data-source';

migrateCommand('district', 'DISTRICT_DATABASE_URL', createDistrictDataSource);
