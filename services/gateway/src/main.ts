import '@mentorship/graphql/dist/release-mode';
import './instrument';

import fs from 'node:fs';
import path from 'node:path';

import { loadAuthConfig, loadGatewayTrust } from '@mentorship/auth';
import { runService } from '@mentorship/graphql';
import { lineLogger, startObservability } from '@mentorship/observability';

import { createGatewayApp } from './app';
import { loadPersistedOperations } from './persisted-operations';
import { rateLimitFromEnv } from './rate-limit';
import { subgraphBudgetFromEnv } from './subgraph-fetcher';

runService('gateway', async () => {
  const observability = await startObservability('gateway');
  const log = lineLogger(observability.logger);
  const file = process.env.SUPERGRAPH_PATH ?? path.resolve(__dirname, '../../../schema/supergraph.graphql');
  const app = await createGatewayApp({
    supergraphSdl: fs.readFileSync(file, 'utf8'),
    port: Number(process.env.GATEWAY_PORT ?? 4000),
    auth: loadAuthConfig(),
    gatewaySecret: loadGatewayTrust().secret,
    subgraphUrls: { school: process.env.SCHOOL_URL, district: process.env.DISTRICT_URL },
    snapshotCache: {
      fields: ['districtDashboard', 'districtTrends'],
      ttlMs: Number(process.env.DASHBOARD_CACHE_SECONDS ?? 30) * 1000,
    },
    subgraphBudget: subgraphBudgetFromEnv(),
    rateLimit: rateLimitFromEnv(),
    log,
    observability,
    persistedOperations: loadPersistedOperations(
      process.env,
      path.resolve(__dirname, '../../../packages/client/src/generated/persisted-documents.json'),
    ),
  });
  log(`ready at ${app.url}`);
  return {
    async stop() {
      await app.stop();
      await observability.stop();
    },
  };
});
