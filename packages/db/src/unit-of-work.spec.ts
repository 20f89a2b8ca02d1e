import { randomBytes } from 'node:crypto';

import { DataSource } from 'typeorm';

import { dropDatabase, ensureDatabase, withDatabase } from './admin';
import { currentManager, inTransaction, unitOfWorkHooked } from './unit-of-work';

describe('unit of work (inTransaction)', () => {
  const url = withDatabase(process.env.TEST_DATABASE_URL ?? '', `t_uow_${randomBytes(4).toString('hex')}`);
  let ds: DataSource;

  beforeAll(async () => {
    await ensureDatabase(url);
    ds = await new DataSource({ type: 'postgres', url }).initialize();
    await ds.query('CREATE TABLE item (name text PRIMARY KEY)');
  });
  afterAll(async () => {
    await ds?.destroy();
    await dropDatabase(url);
  });
  beforeEach(() => ds.query('DELETE FROM item'));
  const names = async () =>
    (await ds.query('SELECT name FROM item ORDER BY name')).map((r: { name: string }) => r.name);

  it('a nested call joins the open transaction: when the outer work fails, the inner write is gone too', async () => {
    const inner = () => inTransaction(ds, (m) => m.query(`INSERT INTO item VALUES ('inner')`));
    await expect(
      inTransaction(ds, async (m) => {
        await m.query(`INSERT INTO item VALUES ('outer')`);
        await inner();
        expect(currentManager(ds)).toBe(m);
        throw new Error('outer fails after the inner call');
      }),
    ).rejects.toThrow('outer fails');
    expect(await names()).toEqual([]);
  });

  it('separate calls are separate transactions, and outside one the data source manager answers', async () => {
    await inTransaction(ds, (m) => m.query(`INSERT INTO item VALUES ('a')`));
    await expect(
      inTransaction(ds, async (m) => {
        await m.query(`INSERT INTO item VALUES ('b')`);
        throw new Error('b fails');
      }),
    ).rejects.toThrow('b fails');
    expect(await names()).toEqual(['a']);
    expect(currentManager(ds)).toBe(ds.manager);
  });

  it('two concurrent units of work do not share a transaction', async () => {
    const slow = inTransaction(ds, async (m) => {
      await m.query(`INSERT INTO item VALUES ('slow')`);
      await new Promise((r) => setTimeout(r, 50));
      throw new Error('slow fails');
    });
    const fast = inTransaction(ds, (m) => m.query(`INSERT INTO item VALUES ('fast')`));
    await Promise.allSettled([slow, fast]);
    expect(await names()).toEqual(['fast']);
  });

  it('a call needing its own isolation level opens it, and refuses to join one opened without it', async () => {
    await inTransaction(ds, { isolation: 'REPEATABLE READ' }, async (m) => {
      const [{ transaction_isolation }] = await m.query('SHOW transaction_isolation');
      expect(transaction_isolation).toBe('repeatable read');
      // Joining with the same level (or none asked) is fine.
      await inTransaction(ds, { isolation: 'REPEATABLE READ' }, (n) => n.query(`INSERT INTO item VALUES ('rr')`));
      await inTransaction(ds, (n) => n.query(`INSERT INTO item VALUES ('any')`));
    });
    await expect(
      inTransaction(ds, () => inTransaction(ds, { isolation: 'SERIALIZABLE' }, async () => undefined)),
    ).rejects.toThrow('cannot join');
    expect(await names()).toEqual(['any', 'rr']);
  });

  it('a separate unit of work never joins: it commits even when the one around it fails', async () => {
    await expect(
      inTransaction(ds, async (m) => {
        await m.query(`INSERT INTO item VALUES ('around')`);
        await inTransaction(ds, { separate: true }, async (n) => {
          expect(n).not.toBe(m);
          await n.query(`INSERT INTO item VALUES ('separate')`);
        });
        throw new Error('the work around it fails');
      }),
    ).rejects.toThrow('fails');
    expect(await names()).toEqual(['separate']);
  });

  it('hooks promises only while a transaction is open; one ending leaves a concurrent one joinable', async () => {
    expect(unitOfWorkHooked()).toBe(false);
    let finishFirst!: () => void;
    const first = inTransaction(ds, async (m) => {
      await m.query(`INSERT INTO item VALUES ('first')`);
      await new Promise<void>((resolve) => (finishFirst = resolve));
    });
    const second = inTransaction(ds, async (m) => {
      while (!finishFirst) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(unitOfWorkHooked()).toBe(true);
      finishFirst();
      await first;
      // The first transaction ended; this one is still open and a nested call still joins it.
      expect(unitOfWorkHooked()).toBe(true);
      await inTransaction(ds, async (inner) => {
        expect(inner).toBe(m);
        await inner.query(`INSERT INTO item VALUES ('second')`);
      });
      expect(currentManager(ds)).toBe(m);
    });
    await second;
    expect(unitOfWorkHooked()).toBe(false);
    expect(currentManager(ds)).toBe(ds.manager);
    expect(await names()).toEqual(['first', 'second']);
  });
});
