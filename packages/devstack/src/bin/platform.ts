import path from 'node:path';

import { prepareDatabases, REPO_ROOT } from '../databases';
import { demoSignIn } from '../dev-login';
import { type ServiceProcess, startServiceProcess } from '../processes';
import { type RunningWebServer, startWebServer } from '../web-server';

/**
 * `npm start`: embedded PostgreSQL (or DATABASE_URL), migrations, the demo district on first
 * run, both subgraphs, the gateway and the web dashboard. Ctrl-C stops everything, PostgreSQL included.
 */
const log = (line: string) => console.log(`[platform] ${line}`);

async function main() {
  const started = Date.now();
  const databases = await prepareDatabases(log);
  const services: ServiceProcess[] = [];
  let web: RunningWebServer | undefined;
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    await web?.stop();
    await Promise.all(services.map((s) => s.stop()));
    await databases.stop();
    log('stopped');
    process.exit(code);
  };
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));

  const common = {
    SEED_DEMO: process.env.SEED_DEMO ?? 'true',
    MIGRATE_ON_START: process.env.MIGRATE_ON_START ?? 'true',
  };
  const school = startServiceProcess(
    'school',
    'services/school/dist/main.js',
    {
      ...common,
      SCHOOL_DATABASE_URL: databases.schoolUrl,
      DISTRICT_URL: `http://127.0.0.1:${process.env.DISTRICT_PORT ?? 4002}/graphql`,
    },
    'subgraph ready at',
  );
  const district = startServiceProcess(
    'district',
    'services/district/dist/main.js',
    { ...common, DISTRICT_DATABASE_URL: databases.districtUrl },
    'subgraph ready at',
  );
  services.push(school, district);
  for (const s of services)
    s.child.once('exit', (code) => {
      if (!stopping) {
        log(`${s.name} exited (code ${code})`);
        void stopAll(1);
      }
    });
  try {
    await Promise.all([school.ready, district.ready]);
    const subgraphUrls = {
      SCHOOL_URL: `http://127.0.0.1:${process.env.SCHOOL_PORT ?? 4001}/graphql`,
      DISTRICT_URL: `http://127.0.0.1:${process.env.DISTRICT_PORT ?? 4002}/graphql`,
    };
    const gateway = startServiceProcess(
      'gateway',
      'services/gateway/dist/main.js',
      { ...subgraphUrls, ...(databases.gatewayUrl ? { GATEWAY_DATABASE_URL: databases.gatewayUrl } : {}) },
      'ready at',
    );
    services.push(gateway);
    gateway.child.once('exit', (code) => {
      if (!stopping) {
        log(`gateway exited (code ${code})`);
        void stopAll(1);
      }
    });
    await gateway.ready;
    web = await startWebServer({
      distDir: path.join(REPO_ROOT, 'services/web/dist'),
      port: Number(process.env.WEB_PORT ?? 5173),
      gatewayUrl: `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 4000}/graphql`,
      // The demo sign-in exists only outside production.
      devLogin: process.env.NODE_ENV === 'production' ? undefined : demoSignIn(),
    });
  } catch (error) {
    console.error(`[platform] ${error instanceof Error ? error.message : error}`);
    return stopAll(1);
  }
  const port = process.env.GATEWAY_PORT ?? '4000';
  const webPort = process.env.WEB_PORT ?? '5173';
  console.log(`
  ┌──────────────────────────────────────────────────────────────────────┐
    Mentorship platform is up (${((Date.now() - started) / 1000).toFixed(1)}s)
    Web dashboard:     http://localhost:${webPort}/   (sign in with a demo login)
    GraphQL endpoint:  http://localhost:${port}/graphql
    Database:          ${databases.where}

    Get a token (in another terminal):   npm run -s token district-admin
    List the demo logins:                npm run -s token
    Try it:
      curl -s http://localhost:${port}/graphql -H 'content-type: application/json' \\
        -H "authorization: Bearer $(npm run -s token district-admin)" \\
        -d '{"query":"{ schools(first: 5) { totalCount nodes { name stage stats { students studentsWithLeadMentor } } \
} }"}'

    Ctrl-C stops everything; the next start reuses the data.
  └──────────────────────────────────────────────────────────────────────┘
`);
}

main().catch((error) => {
  console.error(`[platform] failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
