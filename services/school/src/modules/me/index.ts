import type { SchoolModule } from '../../context';
import { MeResolver } from './me.resolver';

export const me = {
  name: 'me',
  resolvers: [MeResolver],
} satisfies SchoolModule;
