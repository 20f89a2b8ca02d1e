export * from './roles';
export * from './config';
export * from './tokens';
export * from './shield-rules';
export * from './gateway-proof';
