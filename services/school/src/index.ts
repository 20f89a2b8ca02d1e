export { createSchoolApp } from './app';
export { createSchoolDataSource } from './data-source';
export { entities as schoolEntities } from './entities';
export { type DistrictAccess, districtClient, type SchoolClients } from './modules/certification';
export {
  type MetricSnapshot,
  queueScheduledSnapshots,
  queueSnapshots,
  slotOf,
  slotSnapshotId,
  snapshotOf,
} from './modules/metrics';
export {
  type Counts,
  countSchools,
  NO_COUNTS,
  publishGroup,
  publishSchool,
  rollUp,
  type SchoolCounts,
} from './modules/metrics';
export { comparisonRows } from './modules/metrics';
export { deliverToDistrict, OutboxRelay } from './modules/metrics';
export { notificationTick, pruneDelivered, startNotifications } from './modules/notifications';
export { sensitiveTermFigures, type TermFigures } from './modules/term-close';
export { buildSchoolSchema } from './schema';
export { seedSchoolDemo } from './seed/seed-demo';
