/**
 * Disclosure control through the API (issue 12; services/school/DISCLOSURE.md): the same exact audit
 * as disclosure.test.ts, but the figures are collected the way people get them — through the
 * gateway, as each school's admin (live metrics at every level, the alert list, the comparison
 * export) — grade leads and head teachers get the same grade and classroom objects, which carry no
 * sensitive count (disclosure-api-schema.test.ts checks the schema for that) — and as the district
 * (dashboard with totals and stage filters, the report export, the trend) after two weekly snapshots
 * went through the outbox. The sensitive state is random per run: small counts (1–4) in many
 * classrooms (../support/disclosure-api-world.ts writes it, the *-view.ts files collect it).
 */
import { Role } from '@mentorship/auth';
import { deliverToDistrict, districtClient, OutboxRelay, queueSnapshots } from '@mentorship/school';
import fc from 'fast-check';

import { collectDistrict, collectTrends } from '../support/disclosure-api-district-view';
import { collectSchools, collectTermClose } from '../support/disclosure-api-school-view';
import {
  loadWorld,
  okAs,
  random,
  roomsOf,
  type Roster,
  truthAt,
  weekOf,
  type World,
  writeState,
} from '../support/disclosure-api-world';
import { determinedCells } from '../support/disclosure-audit';
import { type AuditRoster, type Fact, type Truth } from '../support/disclosure-facts';
import { startTestPlatform, type TestPlatform } from '../support/platform';

const SEED = Number(process.env.FC_SEED ?? Date.now() % 1_000_000);

describe('disclosure control over everything the API publishes, collected per role', () => {
  let p: TestPlatform;
  let demo: World;
  let roster: Roster;
  let ok: ReturnType<typeof okAs>;
  /** The world being checked (numbered from 0), for its weeks. */
  let run = -1;

  beforeAll(async () => {
    p = await startTestPlatform();
    demo = await loadWorld(p);
    ({ roster } = demo);
    ok = okAs(p);
  });
  afterAll(() => p?.stop());

  it(
    'no withheld cell of any school, ' + 'grade or classroom is determined by everything collected over two weeks',
    async () => {
      const relay = new OutboxRelay(
        p.school,
        deliverToDistrict(
          districtClient({
            url: p.districtUrl,
            token: () => p.tokenFor({ personId: 'school-service', role: Role.SERVICE, districtId: '*' }),
          }),
        ),
      );
      p.clock.set(weekOf(0, 1));
      const termNow: string = (await ok(p.token('district-admin'), '{ districtDashboard { term } }')).districtDashboard
        .term;
      const groups = [null, ...new Set(roster.schools.map((s) => s.stage))].map((stage) =>
        roster.schools.filter((s) => stage === null || s.stage === stage).flatMap(roomsOf),
      );
      await fc
        .assert(
          fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (world) => {
            const rnd = random(world);
            const truth: Truth = [];
            const facts: Fact[] = [];
            run++;
            for (const week of [0, 1]) {
              p.clock.set(weekOf(run, week));
              await writeState(demo, rnd, p.clock.now());
              truth.push(await truthAt(demo, p.clock.now()));
              facts.push(...(await collectSchools(demo, week)));
              await queueSnapshots(
                p.school,
                p.clock.now(),
                roster.schools.map((s) => s.id),
              );
              expect((await relay.drain()).failed).toBeNull();
              facts.push(...(await collectDistrict(demo, run, week)));
              if (week === 1 && run === 0) facts.push(...(await collectTermClose(demo, week, termNow)));
            }
            facts.push(...(await collectTrends(demo, run)));
            if (run === 0)
              expect(
                facts.filter((f) => /TermClose\.figures|districtTermReport/.test(f.source)).length,
              ).toBeGreaterThan(roster.schools.length);
            // The collection is not empty: each place contributed figures for both weeks.
            for (const source of [
              /School\.metrics\.attention/,
              /crisisAlerts$/,
              /comparisonExport/,
              /districtDashboard\(null\)\.totals/,
              /districtReportExport/,
              /districtTrends\(null\)/,
            ]) {
              expect([0, 1].map((w) => facts.some((f) => f.week === w && source.test(f.source)))).toEqual([true, true]);
            }
            // Names in the audit must be unique across schools (grades and classrooms repeat them).
            const audit: AuditRoster = {
              schools: roster.schools.map((s) => ({
                id: s.id,
                grades: s.grades.map((g) => ({
                  id: g.id,
                  name: `${s.name}·${g.name}`,
                  classrooms: g.classrooms.map((c) => ({ ...c, name: `${s.name}·${c.name}` })),
                })),
              })),
            };
            const pinned = determinedCells(audit, truth, facts, groups);
            if (pinned.length)
              throw new Error(
                `world ${world}: withheld cells determined: ${pinned
                  .slice(0, 5)
                  .map((x) => `${x.cell} = ${x.value}`)
                  .join('; ')}`,
              );
          }),
          { seed: SEED, numRuns: 2, endOnFailure: true },
        )
        .catch((error) => {
          const cause = error instanceof Error && error.cause instanceof Error ? `\n${error.cause.message}` : '';
          throw new Error(`${error instanceof Error ? error.message : error}${cause}\nreproduce with FC_SEED=${SEED}`);
        });
    },
    600_000,
  );
});
