import path from 'node:path';

import { printSchemaCommand } from '@mentorship/graphql';

import { buildDistrictSchema } from '../schema';

printSchemaCommand('district', buildDistrictSchema, path.resolve(__dirname, '../../../../schema/district.graphql'));
