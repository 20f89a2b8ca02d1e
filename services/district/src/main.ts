import '@mentorship/graphql/dist/release-mode';
import './instrument';

import { subgraphMain } from '@mentorship/graphql';

import { districtService } from './service';

subgraphMain(districtService);
