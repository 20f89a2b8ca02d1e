/** Stops the run's PostgreSQL and removes its data. */
export default async function globalTeardown(): Promise<void> {
  const pg = (globalThis as { __TEST_PG__?: { stop(): Promise<void> } }).__TEST_PG__;
  await pg?.stop();
}
