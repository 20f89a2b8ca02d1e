export * from './databases';
export * from './processes';
export * from './web-server';
export * from './dev-login';
