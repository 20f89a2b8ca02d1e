import type { SchoolModule } from '../../context';
import { StudentArchiveResolver, GrowthArchiveResolver, AttentionFlagResolver } from './archive.resolver';
import { GrowthArchive } from './growth-archive.entity';
import { AttentionFlag } from './attention-flag.entity';
import { createArchiveLoaders } from './archive.loaders';
import { createArchiveServices } from './archive.services';

export const archive = {
  name: 'archive',
  resolvers: [StudentArchiveResolver, GrowthArchiveResolver, AttentionFlagResolver],
  entities: [GrowthArchive, AttentionFlag],
  loaders: (s) => createArchiveLoaders(s.dataSource, s.principal),
  services: createArchiveServices,
} satisfies SchoolModule;
