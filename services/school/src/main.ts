import '@mentorship/graphql/dist/release-mode';
import { subgraphMain } from '@mentorship/graphql';
import { schoolService } from './service';

subgraphMain(schoolService);
