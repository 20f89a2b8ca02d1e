import type { DistrictModule } from '../../context';
import { DistrictTermClose, RecognitionReceived, SchoolTermClose } from './term-close.entity';
import { DistrictTermCloseResolver } from './term-close.resolver';
import { DistrictTermCloseService } from './term-close.service';

export const termClose = {
  name: 'term-close',
  resolvers: [DistrictTermCloseResolver],
  entities: [SchoolTermClose, DistrictTermClose, RecognitionReceived],
  services: (s) => ({ districtTermClose: new DistrictTermCloseService(s.dataSource, s.principal, s.now) }),
} satisfies DistrictModule;

export { parseClosedFigures } from './closed-figures';
