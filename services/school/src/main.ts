import '@mentorship/graphql/dist/release-mode';
import './instrument';

import { subgraphMain } from '@mentorship/graphql';

import { schoolService } from './service';

subgraphMain(schoolService);
