import type { SchoolModule } from '../../context';
import { TermCloseRow } from './term-close.entity';
import { TermCloseResolver } from './term-close.resolver';
import { createTermCloseServices } from './term-close.services';

export const termClose = {
  name: 'term-close',
  resolvers: [TermCloseResolver],
  entities: [TermCloseRow],
  services: createTermCloseServices,
} satisfies SchoolModule;

export { sensitiveTermFigures, type TermFigures } from './term-figures';
