export * from './databases';
export * from './dev-login';
export * from './processes';
export * from './web-server';
