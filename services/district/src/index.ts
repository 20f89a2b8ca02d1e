export { createDistrictApp } from './app';
export { createDistrictDataSource } from './data-source';
export { buildDistrictSchema } from './schema';
export { seedDistrictDemo } from './seed/seed-demo';
export { entities as districtEntities } from './entities';
export { parseSnapshot } from './modules/dashboard/ingest.service';
export { sumFigures } from './modules/dashboard/dashboard.service';
export { parseClosedFigures } from './modules/term-close/closed-figures';
