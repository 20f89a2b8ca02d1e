import { foldModules } from '@mentorship/graphql';

import { modules } from './modules';

export const entities = foldModules(modules).entities;
