import type { ServiceScope } from '../../context';
import { ArchiveService } from './archive.service';

/** This module's services for one request (built once, in the context). */
export const createArchiveServices = (s: ServiceScope) => ({
  archive: new ArchiveService(s.dataSource, s.caller, s.now),
});
