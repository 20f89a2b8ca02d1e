import fs from 'node:fs';
import path from 'node:path';

import { execute } from '@mentorship/testing';

import {
  describeImages,
  freePort,
  image,
  ImagesPlatform,
  podman,
  prodConfig,
  ROOT,
  writeResults,
} from './images-support';

/** The gateway as the prod overlay configures it, in front of the school and district containers. */
describeImages(() => {
  const ctx = new ImagesPlatform();
  const { ports, names, secret } = ctx;
  const token = (login: string) => ctx.token(login);
  const results: string[] = [];

  beforeAll(async () => {
    await ctx.start();
    ctx.migrateAndSeed();
    for (const s of ['district', 'school'] as const) {
      const run = ctx.startContainer(s);
      if (run.status !== 0) throw new Error(`${s} not started:\n${run.err}`);
      await ctx.healthy(s);
    }
  }, 400_000);
  afterAll(async () => {
    await ctx.stop();
    writeResults('gateway-prod', results);
  });

  test("a gateway run with the prod ConfigMaps unchanged serves the client's persisted operations only", async () => {
    const name = `mentorship-images-test-gateway-prod-${process.pid}`;
    names.gatewayProd = name;
    const port = await freePort();
    const config: Record<string, string> = {
      ...prodConfig('gateway'),
      AUTH_JWT_SECRET: secret,
      GATEWAY_SECRET: `${secret}-gateway`,
      HOST: '127.0.0.1',
      GATEWAY_PORT: String(port),
      SCHOOL_URL: `http://127.0.0.1:${ports.school}/graphql`,
      DISTRICT_URL: `http://127.0.0.1:${ports.district}/graphql`,
    };
    expect(config.PERSISTED_OPERATIONS).toBe('required');
    const run = podman(
      'run',
      '--detach',
      '--name',
      name,
      '--network',
      'host',
      '--read-only',
      '--cap-drop',
      'ALL',
      ...Object.entries(config).flatMap(([k, v]) => ['-e', `${k}=${v}`]),
      image('gateway'),
    );
    expect([run.status, run.err]).toEqual([0, '']);
    const url = `http://127.0.0.1:${port}/graphql`;
    const since = Date.now();
    while (podman('healthcheck', 'run', name).status !== 0) {
      if (Date.now() - since > 60_000) throw new Error(podman('logs', name).err);
      await new Promise((r) => setTimeout(r, 500));
    }
    // The manifest inside the image (packages/client/src/generated/persisted-documents.json) is found at its default
    // path.
    const manifest = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'packages/client/src/generated/persisted-documents.json'), 'utf8'),
    ) as Record<string, string>;
    const [hash] = Object.entries(manifest).find(([, document]) => /query OwnSchool\b/.test(document))!;
    const byHash = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token('district-admin')}` },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });
    const answer = (await byHash.json()) as { data?: { schools: { nodes: unknown[] } }; errors?: unknown[] };
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.schools.nodes).toHaveLength(1);
    const adHoc = await execute(url, '{ schools(first: 10) { totalCount } }', { token: token('district-admin') });
    expect(adHoc.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(podman('stop', '--time', '30', name).status).toBe(0);
    results.push(
      '',
      "Gateway with the prod overlay's ConfigMaps unchanged (`PERSISTED_OPERATIONS=required`, " +
        '`NODE_OPTIONS`): `OwnSchool` by hash answers; an ad-hoc query is refused with ' +
        '`PERSISTED_QUERY_NOT_FOUND`. The other containers above ran with the prod ConfigMaps too, on ' +
        'loopback ports.',
    );
  }, 120_000);
});
