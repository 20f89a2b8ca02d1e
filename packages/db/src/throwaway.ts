import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { ensureDatabase } from './admin';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts a fast, disposable cluster in a temp dir; `stop()` also deletes it. */
export async function startThrowawayPostgres(log?: (l: string) => void): Promise<EmbeddedPostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorship-pg-'));
  fs.chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'data'),
    port: await freePort(),
    ephemeral: true,
    log,
  });
  return {
    ...pg,
    async stop() {
      await pg.stop();
      fs.rmSync(dir, { recursive: true, force: true });
      if (pg.dataDir !== path.join(dir, 'data')) fs.rmSync(pg.dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs `fn` against an empty database on a disposable cluster. */
export async function withThrowawayDatabase<T>(name: string, fn: (url: string) => Promise<T>): Promise<T> {
  const pg = await startThrowawayPostgres();
  try {
    const url = pg.url(name);
    await ensureDatabase(url);
    return await fn(url);
  } finally {
    await pg.stop();
  }
}
