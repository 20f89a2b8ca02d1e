import fs from 'node:fs';
import path from 'node:path';

import { loadAuthConfig } from '@mentorship/auth';
import {
  createClient,
  DistrictDashboardDocument,
  GraphQLRequestError,
  MyWorkDocument,
  operationHashOf,
  OwnSchoolDocument,
  SchoolGradesDocument,
} from '@mentorship/client';
import manifest from '@mentorship/client/src/generated/persisted-documents.json';
import { createGatewayApp, loadPersistedOperations } from '@mentorship/gateway';
import type { RunningServer } from '@mentorship/graphql';
import { execute, expectNoGraphQLErrors } from '@mentorship/testing';
import { print } from 'graphql';

import { startTestPlatform, type TestPlatform } from '../support/platform';

const ROOT = path.resolve(__dirname, '../..');

/** A raw POST, so the test controls exactly what is sent. */
async function post(url: string, token: string, body: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    ...((await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] }),
  };
}

describe('persisted operations: PERSISTED_OPERATIONS=required accepts only the client manifest', () => {
  let platform: TestPlatform;
  let strict: RunningServer;
  let token: string;
  const ownSchoolHash = operationHashOf(OwnSchoolDocument)!;

  beforeAll(async () => {
    platform = await startTestPlatform();
    token = platform.token('district-admin');
    // A second gateway over the same subgraphs, configured the way production would be.
    strict = await createGatewayApp({
      supergraphSdl: fs.readFileSync(path.join(ROOT, 'schema/supergraph.graphql'), 'utf8'),
      port: 0,
      auth: loadAuthConfig({ NODE_ENV: 'test' }),
      subgraphUrls: { school: platform.schoolUrl, district: platform.districtUrl },
      persistedOperations: loadPersistedOperations(
        { PERSISTED_OPERATIONS: 'required' },
        path.join(ROOT, 'packages/client/src/generated/persisted-documents.json'),
      ),
    });
  });
  afterAll(async () => {
    await strict?.stop();
    await platform?.stop();
  });

  it('runs a known operation sent by hash only, and by its full document', async () => {
    const open = expectNoGraphQLErrors(await execute(platform.gatewayUrl, print(OwnSchoolDocument), { token }));
    expect(open.schools.nodes).toHaveLength(1);

    const byHash = await post(strict.url, token, {
      extensions: { persistedQuery: { version: 1, sha256Hash: ownSchoolHash } },
    });
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data).toEqual(open);

    const byManifestText = await post(strict.url, token, {
      query: (manifest as Record<string, string>)[ownSchoolHash],
    });
    expect(byManifestText.data).toEqual(open);
    // The same operation as any client prints it from the TypedDocumentNode (other whitespace and field order).
    const byPrinted = await post(strict.url, token, {
      query: print(DistrictDashboardDocument),
      variables: { stage: 'PRIMARY' },
    });
    expect(byPrinted.errors).toBeUndefined();
    expect(byPrinted.data.districtDashboard.schools.length).toBeGreaterThan(0);
    expect(
      byPrinted.data.districtDashboard.schools.every(
        (r: { school: { stage: string } }) => r.school.stage === 'PRIMARY',
      ),
    ).toBe(true);
  });

  it('serves the typed client in both of its modes', async () => {
    const schoolId = (
      await createClient({ url: strict.url, token, send: 'hash' }).request(DistrictDashboardDocument, {})
    ).districtDashboard.schools[0].school.id;
    const grades = await createClient({ url: strict.url, token }).request(SchoolGradesDocument, { schoolId });
    expect(grades.school.grades.length).toBeGreaterThan(0);
  });

  it('refuses an operation that is not in the manifest, by document or by hash, with a clear error', async () => {
    const adHoc = await post(strict.url, token, {
      query: '{ schools(first: 100) { nodes { name stats { students } } } }',
    });
    expect(adHoc.status).toBe(400);
    expect(adHoc.data).toBeUndefined();
    expect(adHoc.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(adHoc.errors?.[0].message).toMatch(/only runs the platform's registered operations.*not registered/);

    const unknownHash = await post(strict.url, token, {
      extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } },
    });
    expect(unknownHash.status).toBe(400);
    expect(unknownHash.errors?.[0].message).toMatch(/no operation with hash f{64}/);

    // A registered operation with an extra field is a different operation.
    const widened = print(DistrictDashboardDocument).replace(
      'mentorStudentCap',
      'mentorStudentCap smallGroupThreshold code: mentorStudentCap',
    );
    expect((await post(strict.url, token, { query: widened })).errors?.[0].extensions?.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
    expect(
      (await post(strict.url, token, { query: '{ __schema { types { name } } }' })).errors?.[0].extensions?.code,
    ).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post(strict.url, token, { query: 'not graphql at all' })).errors?.[0].extensions?.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );

    // The typed client reports the code too.
    const error = await createClient({ url: strict.url, token, send: 'hash' })
      .request({ ...MyWorkDocument, __meta__: { hash: '0'.repeat(64) } } as typeof MyWorkDocument, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).codes).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('runs the known document when a known hash comes with another query text', async () => {
    const smuggled = await post(strict.url, token, {
      query: '{ district { name } }',
      extensions: { persistedQuery: { version: 1, sha256Hash: ownSchoolHash } },
    });
    expect(Object.keys(smuggled.data)).toEqual(['schools']);
  });

  it('still checks the token before anything else', async () => {
    const response = await fetch(strict.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: ownSchoolHash } } }),
    });
    expect(response.status).toBe(401);
  });

  it(
    'is off by default (development): ad-hoc operations ' + 'run, an unknown hash beside a document is ignored',
    async () => {
      expect(loadPersistedOperations({}, '/nowhere.json')).toEqual({ mode: 'off' });
      expect(() =>
        loadPersistedOperations(
          { PERSISTED_OPERATIONS: 'required', PERSISTED_OPERATIONS_MANIFEST: '/nowhere.json' },
          '/x',
        ),
      ).toThrow(/manifest \/nowhere.json does not exist/);
      expect(() => loadPersistedOperations({ PERSISTED_OPERATIONS: 'yes' }, '/x')).toThrow(/"required" or "off"/);
      const adHoc = await post(platform.gatewayUrl, token, {
        query: '{ district { name } }',
        extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } },
      });
      expect(adHoc.data).toEqual({ district: { name: '滨江区' } });
    },
  );

  it(
    'off: a known hash alone runs (the manifest is loaded ' + 'when present); an unknown one is refused truthfully',
    async () => {
      const manifestPath = path.join(ROOT, 'packages/client/src/generated/persisted-documents.json');
      const off = await createGatewayApp({
        supergraphSdl: fs.readFileSync(path.join(ROOT, 'schema/supergraph.graphql'), 'utf8'),
        port: 0,
        auth: loadAuthConfig({ NODE_ENV: 'test' }),
        subgraphUrls: { school: platform.schoolUrl, district: platform.districtUrl },
        persistedOperations: loadPersistedOperations({}, manifestPath),
      });
      try {
        const byHash = await post(off.url, token, {
          extensions: { persistedQuery: { version: 1, sha256Hash: ownSchoolHash } },
        });
        expect(byHash.errors).toBeUndefined();
        expect(byHash.data.schools.nodes).toHaveLength(1);
        const viaClient = await createClient({ url: off.url, token, send: 'hash' }).request(OwnSchoolDocument);
        expect(viaClient).toEqual(byHash.data);
        // Ad-hoc documents still run in this mode.
        expect((await post(off.url, token, { query: '{ district { name } }' })).data).toEqual({
          district: { name: '滨江区' },
        });

        const unknown = await post(off.url, token, {
          extensions: { persistedQuery: { version: 1, sha256Hash: 'e'.repeat(64) } },
        });
        expect(unknown.status).toBe(400);
        expect(unknown.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
        // Says what is true here: the hash is unknown and a document would run; not "only registered operations".
        expect(unknown.errors?.[0].message).not.toMatch(/only runs/);
        expect(unknown.errors?.[0].message).toMatch(
          /No operation with hash e{64} is known.*send the operation's document/,
        );
      } finally {
        await off.stop();
      }
    },
  );
});
