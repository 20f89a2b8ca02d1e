export { createSchoolApp } from './app';
export { createSchoolDataSource } from './data-source';
export { buildSchoolSchema } from './schema';
export { seedSchoolDemo } from './seed/seed-demo';
export { entities as schoolEntities } from './entities';
export { queueSnapshots, type MetricSnapshot } from './modules/metrics/snapshot';
export { OutboxRelay, deliverToDistrict } from './modules/metrics/outbox-relay';
export { configureDistrictAccess } from './modules/certification/district-access';
