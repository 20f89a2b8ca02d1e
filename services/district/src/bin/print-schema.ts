import { printSchemaCommand } from '@mentorship/graphql';
import path from 'node:path';
import { buildDistrictSchema } from '../schema';

printSchemaCommand('district', buildDistrictSchema, path.resolve(__dirname, '../../../../schema/district.graphql'));
