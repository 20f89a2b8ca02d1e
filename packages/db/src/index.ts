export * from './embedded-postgres';
export * from './admin';
export * from './statement-counter';
export * from './pagination';
export * from './migrate';
export * from './loaders';
export * from './generate-migration';
export * from './throwaway';
