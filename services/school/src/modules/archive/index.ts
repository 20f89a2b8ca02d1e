import type { SchoolModule } from '../../context';
import { createArchiveLoaders } from './archive.loaders';
import { AttentionFlagResolver, GrowthArchiveResolver, StudentArchiveResolver } from './archive.resolver';
import { createArchiveServices } from './archive.services';
import { AttentionFlag } from './attention-flag.entity';
import { GrowthArchive } from './growth-archive.entity';

export const archive = {
  name: 'archive',
  resolvers: [StudentArchiveResolver, GrowthArchiveResolver, AttentionFlagResolver],
  entities: [GrowthArchive, AttentionFlag],
  loaders: (s) => createArchiveLoaders(s.dataSource, s.principal),
  services: createArchiveServices,
} satisfies SchoolModule;
