export * from './database';
export * from './client';
