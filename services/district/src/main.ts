import '@mentorship/graphql/dist/release-mode';
import { subgraphMain } from '@mentorship/graphql';
import { districtService } from './service';

subgraphMain(districtService);
