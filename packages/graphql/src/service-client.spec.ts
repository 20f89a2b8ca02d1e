import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { ServiceCallError, serviceClient } from './service-client';

/** A service whose first `drops` connections are cut before any answer, then answers; or one that never answers. */
async function flakyService(drops: number, hang = false) {
  let calls = 0;
  const server = http.createServer((req, res) => {
    calls++;
    req.resume();
    req.on('end', () => {
      if (hang) return;
      if (calls <= drops) return void req.socket.destroy();
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { ok: calls } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    calls: () => calls,
    client: (timeoutMs = 2_000) =>
      serviceClient({ service: 'district', url, token: () => 't', timeoutMs, retryDelayMs: 10 }),
    stop: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('serviceClient', () => {
  it('tries an idempotent read once more when the connection was cut, and says UNREACHABLE after that', async () => {
    const once = await flakyService(1);
    await expect(once.client().request('{ ok }', {}, { idempotent: true })).resolves.toMatchObject({
      data: { ok: 2 },
      status: 200,
    });
    expect(once.calls()).toBe(2);
    await once.stop();
    const twice = await flakyService(2);
    const error = await twice
      .client()
      .request('{ ok }', {}, { idempotent: true })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceCallError);
    expect(error).toMatchObject({ failure: 'UNREACHABLE', service: 'district' });
    expect(twice.calls()).toBe(2);
    await twice.stop();
  });

  it('never repeats a write: a cut connection is UNREACHABLE after one call', async () => {
    const service = await flakyService(1);
    await expect(service.client().request('mutation { ok }')).rejects.toMatchObject({ failure: 'UNREACHABLE' });
    expect(service.calls()).toBe(1);
    await service.stop();
  });

  it('a timeout is not retried, even for a read, and a call may set its own deadline', async () => {
    const service = await flakyService(0, true);
    const started = Date.now();
    await expect(service.client(150).request('{ ok }', {}, { idempotent: true })).rejects.toMatchObject({
      failure: 'TIMEOUT',
      message: 'the district service did not answer within 150 ms',
    });
    await expect(service.client(5_000).request('{ ok }', {}, { timeoutMs: 100 })).rejects.toMatchObject({
      failure: 'TIMEOUT',
    });
    expect(service.calls()).toBe(2);
    expect(Date.now() - started).toBeLessThan(2_000);
    await service.stop();
  });
});
