// Imported in the order the schema has always registered them (it decides the order of types).
import { matching } from './matching';
import { mentorship } from './mentorship';
import { roster } from './roster';
import { school } from './school';
import { archive } from './archive';
import { consultation } from './consultation';
import { crisis } from './crisis';
import { me } from './me';
import { settings } from './settings';
import { rosterImport } from './roster-import';
import { certification } from './certification';
import { evaluation } from './evaluation';
import { metrics } from './metrics';
import { privacy } from './privacy';
import { notifications } from './notifications';
import { termClose } from './term-close';
import { recognition } from './recognition';
import { growth } from './growth';
import { trajectory } from './trajectory';
import { records } from './records';

/**
 * The school subgraph's modules. schema.ts, entities.ts and context.ts fold this list; the order of
 * resolvers here is the order of fields in schema/school.graphql.
 */
export const modules = [
  roster, mentorship, school, matching, archive, records, crisis, consultation, privacy, me, metrics, evaluation, settings, rosterImport, certification,
  notifications, termClose, recognition, growth, trajectory,
] as const;
