import type { AuthContext, Principal } from '@mentorship/auth';
import { primaryReads, type ReadSide } from '@mentorship/db';
import type { DataSource } from 'typeorm';
import { createRosterLoaders } from './modules/roster/roster.loaders';
import { createMatchingLoaders } from './modules/matching/matching.loaders';
import { createMentorshipLoaders } from './modules/mentorship/mentorship.loaders';
import { createSchoolLoaders } from './modules/school/school.loaders';
import { createArchiveLoaders } from './modules/archive/archive.loaders';
import { createRecordLoaders } from './modules/records/records.loaders';
import { createCrisisLoaders } from './modules/crisis/crisis.loaders';
import { createConsultationLoaders } from './modules/consultation/consultation.loaders';
import { AccessLog } from './modules/privacy/access-log';
import { MenteeAccess } from './modules/privacy/mentee-access';
import { createMetricsLoaders } from './modules/metrics/metrics.loaders';
import { createMatchingServices } from './modules/matching/matching.services';
import { createMentorshipServices } from './modules/mentorship/mentorship.services';
import { createRosterServices } from './modules/roster/roster.services';
import { createArchiveServices } from './modules/archive/archive.services';
import { createRecordsServices } from './modules/records/records.services';
import { createCrisisServices } from './modules/crisis/crisis.services';
import { createConsultationServices } from './modules/consultation/consultation.services';
import { createPrivacyServices } from './modules/privacy/privacy.services';
import { createRosterImportServices } from './modules/roster-import/roster-import.services';
import { createCertificationServices } from './modules/certification/certification.services';
import { createEvaluationServices } from './modules/evaluation/evaluation.services';
import { createSettingsServices } from './modules/settings/settings.services';

export function createLoaders(dataSource: DataSource, principal: Principal, now: () => Date = () => new Date(), reads: ReadSide = primaryReads(dataSource)) {
  return {
    ...createRosterLoaders(dataSource, principal),
    ...createMentorshipLoaders(dataSource, principal),
    ...createSchoolLoaders(dataSource, principal),
    ...createMatchingLoaders(dataSource, principal),
    ...createArchiveLoaders(dataSource, principal),
    ...createRecordLoaders(dataSource, principal),
    ...createCrisisLoaders(dataSource, principal),
    ...createConsultationLoaders(dataSource, principal),
    ...createMetricsLoaders(reads, principal, now),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** What every service is built from: data source, caller, clock (and this request's id and access log). */
export interface ServiceScope {
  dataSource: DataSource;
  principal: Principal;
  now: () => Date;
  requestId: string;
  accessLog: AccessLog;
}

export function createServices(scope: ServiceScope) {
  return {
    ...createMatchingServices(scope),
    ...createMentorshipServices(scope),
    ...createRosterServices(scope),
    ...createArchiveServices(scope),
    ...createRecordsServices(scope),
    ...createCrisisServices(scope),
    ...createConsultationServices(scope),
    ...createPrivacyServices(scope),
    ...createRosterImportServices(scope),
    ...createCertificationServices(scope),
    ...createEvaluationServices(scope),
    ...createSettingsServices(scope),
  };
}

export type Services = ReturnType<typeof createServices>;

/** Built once per request: the verified caller and fresh loaders (no cache shared between callers). */
export interface SchoolContext extends AuthContext {
  principal: Principal;
  requestId: string;
  dataSource: DataSource;
  /** Read families that a streaming replica may answer (infra/README.md): the figures. Everything else uses `dataSource`. */
  reads: ReadSide;
  loaders: Loaders;
  /** This request's services, built once beside the loaders; resolvers check, call them and map. */
  services: Services;
  /** The service clock: tests move it to check deadlines. */
  now: () => Date;
  /** Is the caller this student's current mentor? One statement per request. */
  mentees: MenteeAccess;
  /** Personal-data reads of this request, written when the response goes out. */
  accessLog: AccessLog;
}

export function createSchoolContext(
  dataSource: DataSource, principal: Principal, requestId: string, now: () => Date, clientAddress: string | null = null, reads: ReadSide = primaryReads(dataSource),
): SchoolContext {
  const accessLog = new AccessLog(dataSource, principal, requestId, now);
  accessLog.from(clientAddress);
  return {
    principal,
    requestId,
    dataSource,
    reads,
    now,
    loaders: createLoaders(dataSource, principal, now, reads),
    services: createServices({ dataSource, principal, now, requestId, accessLog }),
    mentees: new MenteeAccess(dataSource, principal),
    accessLog,
  };
}
