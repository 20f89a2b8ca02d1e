import { toGlobalId } from '@mentorship/graphql';

import { type RawResponse, sendAsGateway } from './edge-requests';
import { startTestPlatform } from './platform';
import { startProcessPlatform, TEST_GATEWAY_SECRET, TEST_PRODUCTION_SECRET } from './process-platform';

/** What both harnesses give: three endpoints and tokens for the demo logins. */
export interface EdgePlatform {
  gatewayUrl: string;
  schoolUrl: string;
  districtUrl: string;
  logins: { login: string; schoolId?: string | null; classroomId?: string | null }[];
  token(login: string): string;
  stop(): Promise<void>;
}

export type EdgeMode = 'development' | 'production';

/** Refusals are cheap: each attack is answered within this (generous for a shared CI machine). */
export const BOUNDED_MS = 3_000;
/** A request carrying a multi-megabyte upload: most of this is moving and parsing the body. */
export const BOUNDED_UPLOAD_MS = 10_000;
/** Starting the production harness (three processes) on a shared machine. */
export const EDGE_START_MS = 240_000;

/** The edge is tried in both modes: in-process for development, and as processes in production. */
export const EDGE_MODES: [EdgeMode, () => Promise<EdgePlatform>][] = [
  ['development', () => startTestPlatform()],
  [
    'production',
    async () => {
      const p = await startProcessPlatform({
        env: { NODE_ENV: 'production', AUTH_JWT_SECRET: TEST_PRODUCTION_SECRET },
      });
      sendAsGateway([p.schoolUrl, p.districtUrl], TEST_GATEWAY_SECRET);
      return p;
    },
  ],
];

/** The platform, the three endpoints by name, the school admin's token and school. */
export async function startEdge(start: () => Promise<EdgePlatform>) {
  const p = await start();
  const targets: [string, string][] = [
    ['gateway', p.gatewayUrl],
    ['school subgraph', p.schoolUrl],
    ['district subgraph', p.districtUrl],
  ];
  const admin = p.token('school-admin');
  const schoolGid = toGlobalId('School', p.logins.find((l) => l.login === 'school-admin')!.schoolId!);
  return { p, targets, admin, schoolGid };
}

/** A check run at every endpoint, the failure naming the endpoint. */
export const eachTarget =
  (targets: () => [string, string][]) => (check: (url: string, name: string) => Promise<void>) => async () => {
    for (const [name, url] of targets()) {
      try {
        await check(url, name);
      } catch (error) {
        (error as Error).message = `${name}: ${(error as Error).message}`;
        throw error;
      }
    }
  };

export const bounded = (r: RawResponse) => expect(r.ms).toBeLessThan(BOUNDED_MS);
