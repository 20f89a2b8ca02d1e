import { generateMigrationCommand } from '@mentorship/db';
import path from 'node:path';
import { createDistrictDataSource } from '../data-source';

generateMigrationCommand('district', createDistrictDataSource, path.resolve(__dirname, '../../src/migrations'));
