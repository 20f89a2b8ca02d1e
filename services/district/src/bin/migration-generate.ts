import path from 'node:path';

import { generateMigrationCommand } from '@mentorship/db';

import { createDistrictDataSource } from '../data-source';

generateMigrationCommand('district', createDistrictDataSource, path.resolve(__dirname, '../../src/migrations'));
