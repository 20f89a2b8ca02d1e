import { seedCommand } from '@mentorship/graphql';

import { districtService } from '../service';

/** Migrates, then seeds the demo district at the scale DEMO_SCHOOLS / DEMO_STUDENTS give. */
seedCommand(districtService);
