import type { SchoolModule } from '../../context';
import { Recognition } from './recognition.entity';
import { RecognitionResolver } from './recognition.resolver';
import { createRecognitionServices } from './recognition.services';

export const recognition = {
  name: 'recognition',
  resolvers: [RecognitionResolver],
  entities: [Recognition],
  services: createRecognitionServices,
} satisfies SchoolModule;
