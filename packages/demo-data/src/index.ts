export * from './model';
export * from './random';
export * from './names';
export * from './generate';
export * from './logins';
