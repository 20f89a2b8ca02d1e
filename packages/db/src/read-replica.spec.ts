import type { DataSource } from 'typeorm';

import { primaryReads, replicaUnavailable, RequestReads } from './read-replica';

describe('read replica routing', () => {
  it('tells a replica that went away from a query that failed on its own', () => {
    const pgError = (code: string) => Object.assign(new Error('x'), { code });
    // The replica's fault: the same query may succeed on the primary.
    for (const code of ['ECONNREFUSED', 'ECONNRESET', '08006', '57P01', '57P03', '53300', '40001'])
      expect([code, replicaUnavailable(pgError(code))]).toEqual([code, true]);
    expect(replicaUnavailable({ driverError: pgError('57P01') })).toBe(true);
    expect(replicaUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(replicaUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    // The query's fault, or a statement timeout: running it again on the primary would not help.
    for (const code of ['42P01', '23505', '57014', '22P02'])
      expect([code, replicaUnavailable(pgError(code))]).toEqual([code, false]);
    expect(replicaUnavailable(new Error('No such school in your district.'))).toBe(false);
  });

  it('a request pinned by its mutation reads the primary, whatever the read side would choose', async () => {
    const primary = { name: 'primary' } as unknown as DataSource;
    const replica = { name: 'replica' } as unknown as DataSource;
    const toReplica = { run: <T>(work: (ds: DataSource) => Promise<T>) => work(replica) };
    const name = (ds: DataSource) => Promise.resolve((ds as unknown as { name: string }).name);
    const request = new RequestReads(toReplica, primary);
    expect(await request.run(name)).toBe('replica');
    request.pinToPrimary();
    expect(await request.run(name)).toBe('primary');
    expect(await primaryReads(primary).run(name)).toBe('primary');
  });
});
