import { seedCommand } from '@mentorship/graphql';

import { schoolService } from '../service';

/** Migrates, then seeds the demo district at the scale DEMO_SCHOOLS / DEMO_STUDENTS give. */
seedCommand(schoolService);
