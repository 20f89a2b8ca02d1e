export { lottery } from './deferred-acceptance';
export { runMatch } from './match';
export * from './types';
