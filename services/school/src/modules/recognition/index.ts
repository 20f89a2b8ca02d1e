import type { SchoolModule } from '../../context';
import { RecognitionResolver } from './recognition.resolver';
import { Recognition } from './recognition.entity';

export const recognition = {
  name: 'recognition',
  resolvers: [RecognitionResolver],
  entities: [Recognition],
} satisfies SchoolModule;
