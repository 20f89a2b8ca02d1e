import './instrument';
import { subgraphMain } from '@mentorship/graphql';
import { districtService } from './service';

subgraphMain(districtService);
