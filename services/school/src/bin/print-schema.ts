import path from 'node:path';

import { printSchemaCommand } from '@mentorship/graphql';

import { buildSchoolSchema } from '../schema';

printSchemaCommand('school', buildSchoolSchema, path.resolve(__dirname, '../../../../schema/school.graphql'));
