export * from './config';
export * from './gateway-proof';
export * from './roles';
export * from './shield-rules';
export * from './tokens';
