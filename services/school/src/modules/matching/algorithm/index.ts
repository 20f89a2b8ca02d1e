export * from './types';
export { runMatch } from './match';
export { lottery } from './deferred-acceptance';
