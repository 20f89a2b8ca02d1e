import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { type SubgraphBudget, subgraphFetcher } from './subgraph-fetcher';

/** A stand-in subgraph: answers `{"data":{}}`, counts connections, and can reset the next N requests' sockets. */
async function fakeSubgraph(options: { keepAliveTimeout: number }) {
  let resets = 0;
  let connections = 0;
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    req.resume();
    req.on('end', () => {
      if (resets > 0) {
        resets--;
        req.socket.destroy(); // the peer resets the connection before any answer: "socket hang up"
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end('{"data":{"ok":true}}');
    });
  });
  server.keepAliveTimeout = options.keepAliveTimeout;
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    resetNext: (n: number) => void (resets = n),
    counts: () => ({ connections, requests }),
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

const budget: SubgraphBudget = { queryTimeoutMs: 2_000, mutationTimeoutMs: 2_000, idleSocketMs: 300, retries: 2 };
const send = (fetcher: ReturnType<typeof subgraphFetcher>['fetcher'], url: string, query: string) =>
  fetcher(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

describe('the gateway fetcher to a subgraph', () => {
  it('sends a query again when the connection is reset before an answer, and never a mutation', async () => {
    const subgraph = await fakeSubgraph({ keepAliveTimeout: 5_000 });
    const { fetcher, close } = subgraphFetcher('school', budget);
    try {
      subgraph.resetNext(1);
      const answer = await send(fetcher, subgraph.url, '{ ok }');
      expect(await answer.json()).toEqual({ data: { ok: true } });
      expect(subgraph.counts().requests).toBe(2);

      subgraph.resetNext(1);
      await expect(send(fetcher, subgraph.url, 'mutation { ok }')).rejects.toMatchObject({
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'school' },
      });
      expect(subgraph.counts().requests).toBe(3);
    } finally {
      await close();
      await subgraph.close();
    }
  });

  it('closes idle sockets before the subgraph does, so it never writes to a socket being closed', async () => {
    // The subgraph keeps idle sockets 5 s (Node's default); the fetcher lets go of them after 300 ms.
    const subgraph = await fakeSubgraph({ keepAliveTimeout: 5_000 });
    const { fetcher, close } = subgraphFetcher('school', budget);
    try {
      for (let i = 0; i < 3; i++) await send(fetcher, subgraph.url, '{ ok }');
      const warm = subgraph.counts().connections;
      await send(fetcher, subgraph.url, '{ ok }');
      expect(subgraph.counts().connections).toBe(warm); // kept alive while in use
      await new Promise((resolve) => setTimeout(resolve, 600));
      await send(fetcher, subgraph.url, '{ ok }');
      // a fresh socket after the idle time, well before the subgraph's 5 s
      expect(subgraph.counts().connections).toBe(warm + 1);
    } finally {
      await close();
      await subgraph.close();
    }
  });

  it('gives up on a subgraph that does not answer within the budget with SUBGRAPH_TIMEOUT', async () => {
    const silent = http.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { fetcher, close } = subgraphFetcher('district', { ...budget, queryTimeoutMs: 300 });
    try {
      const started = Date.now();
      await expect(
        send(fetcher, `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`, '{ ok }'),
      ).rejects.toMatchObject({ extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: 'district' } });
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await close();
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
