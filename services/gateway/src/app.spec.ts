import fs from 'node:fs';
import path from 'node:path';

import { loadAuthConfig } from '@mentorship/auth';

import { createGatewayApp } from './app';

/** Where @apollo/gateway builds its exporter to Apollo's servers (usage-reporting.api.apollographql.com). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const telemetry = require('@apollo/gateway/dist/utilities/opentelemetry') as {
  createDataCollectionExporter: () => unknown;
};

describe('the gateway', () => {
  it('never builds @apollo/gateway’s usage exporter to Apollo’s servers', async () => {
    delete process.env.APOLLO_TELEMETRY_DISABLED;
    const exporter = jest.spyOn(telemetry, 'createDataCollectionExporter');
    const gateway = await createGatewayApp({
      supergraphSdl: fs.readFileSync(path.resolve(__dirname, '../../../schema/supergraph.graphql'), 'utf8'),
      port: 0,
      auth: loadAuthConfig({ NODE_ENV: 'test' }),
      gatewaySecret: 'spec-secret-spec-secret-spec-secret',
      subgraphUrls: { school: 'http://127.0.0.1:9', district: 'http://127.0.0.1:9' },
    });
    try {
      expect(exporter).not.toHaveBeenCalled();
    } finally {
      await gateway.stop();
      exporter.mockRestore();
    }
  });
});
