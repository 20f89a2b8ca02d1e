export * from './generate';
export * from './logins';
export * from './model';
export * from './names';
export * from './random';
