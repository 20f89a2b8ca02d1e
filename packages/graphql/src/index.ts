import 'reflect-metadata';
export * from './errors';
export * from './global-id';
export * from './connection';
export * from './subgraph';
export * from './server';
export * from './service';
export * from './print-subgraph';
export * from './subgraph-service';
