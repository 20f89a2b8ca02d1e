import { printSchemaCommand } from '@mentorship/graphql';
import path from 'node:path';
import { buildSchoolSchema } from '../schema';

printSchemaCommand('school', buildSchoolSchema, path.resolve(__dirname, '../../../../schema/school.graphql'));
