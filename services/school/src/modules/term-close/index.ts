import type { SchoolModule } from '../../context';
import { createTermCloseServices } from './term-close.services';
import { TermCloseResolver } from './term-close.resolver';
import { TermCloseRow } from './term-close.entity';

export const termClose = {
  name: 'term-close',
  resolvers: [TermCloseResolver],
  entities: [TermCloseRow],
  services: createTermCloseServices,
} satisfies SchoolModule;

export { sensitiveTermFigures, type TermFigures } from './term-figures';
