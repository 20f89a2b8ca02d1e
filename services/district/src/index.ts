export { createDistrictApp } from './app';
export { createDistrictDataSource } from './data-source';
export { entities as districtEntities } from './entities';
export { parseSnapshot } from './modules/dashboard';
export { sumFigures } from './modules/dashboard';
export { parseClosedFigures } from './modules/term-close';
export { buildDistrictSchema } from './schema';
export { seedDistrictDemo } from './seed/seed-demo';
