import type { DistrictModule } from '../../context';
import { DistrictTermClose, RecognitionReceived, SchoolTermClose } from './term-close.entity';
import { DistrictTermCloseResolver } from './term-close.resolver';

export const termClose = {
  name: 'term-close',
  resolvers: [DistrictTermCloseResolver],
  entities: [SchoolTermClose, DistrictTermClose, RecognitionReceived],
} satisfies DistrictModule;

export { parseClosedFigures } from './closed-figures';
