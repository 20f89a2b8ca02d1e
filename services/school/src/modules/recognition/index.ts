import type { SchoolModule } from '../../context';
import { createRecognitionServices } from './recognition.services';
import { RecognitionResolver } from './recognition.resolver';
import { Recognition } from './recognition.entity';

export const recognition = {
  name: 'recognition',
  resolvers: [RecognitionResolver],
  entities: [Recognition],
  services: createRecognitionServices,
} satisfies SchoolModule;
