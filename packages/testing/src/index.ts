export * from './database';
export * from './client';
export * from './migrations';
