import { generateMigrationCommand } from '@mentorship/db';
import path from 'node:path';
import { createSchoolDataSource } from '../data-source';

generateMigrationCommand('school', createSchoolDataSource, path.resolve(__dirname, '../../src/migrations'));
