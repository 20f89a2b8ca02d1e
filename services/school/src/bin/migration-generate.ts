import path from 'node:path';

import { generateMigrationCommand } from '@mentorship/db';

import { createSchoolDataSource } from '../data-source';

generateMigrationCommand('school', createSchoolDataSource, path.resolve(__dirname, '../../src/migrations'));
