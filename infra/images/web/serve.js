// The web image's entry point: the devstack web server (packages/devstack/src/web-server.ts, the
// one `npm start` uses) on the built dashboard, without the demo sign-in, stopping on SIGTERM.
// Settings: infra/ENVIRONMENT.md, "Web image".
'use strict';
const path = require('node:path');
const { startWebServer } = require('./web-server.js');

const port = Number(process.env.WEB_PORT ?? 8080);
const gatewayUrl = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';

startWebServer({ distDir: process.env.WEB_DIST ?? path.join(__dirname, 'dist'), port, gatewayUrl })
  .then((server) => {
    console.log(`[web] serving on port ${port}, /graphql passed to ${gatewayUrl}`);
    // Graceful: not ready, no new connections, pass-throughs in flight finish (SHUTDOWN_TIMEOUT_SECONDS).
    const timeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_SECONDS ?? 20) * 1000;
    const stop = () => server.stop(timeoutMs).then(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  })
  .catch((error) => {
    console.error('[web] failed to start:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
