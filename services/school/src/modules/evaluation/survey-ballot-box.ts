import { randomInt, randomUUID } from 'node:crypto';

import { inTransaction } from '@mentorship/db';
import { SMALL_GROUP_THRESHOLD } from '@mentorship/graphql';
import { processLogger } from '@mentorship/observability';
import type { DataSource, EntityManager } from 'typeorm';

/** An accepted answer, in memory only: the one place where a ballot and an answer are seen together. */
export interface HeldAnswer {
  tokenHash: string;
  mentorId: string;
  scores: number[];
  comment: string | null;
}

/** Answers are written this many at a time, and only for a mentor with at least this many. */
const BATCH = SMALL_GROUP_THRESHOLD;

/** Fisher–Yates with a cryptographic source: the order rows are written in says nothing. */
export function shuffle<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * The ballot box (a threshold pool mix). Accepted answers wait here, per survey and mentor,
 * never in the database: when 2 × 5 wait for a mentor, 5 of them chosen at random are written
 * in one transaction, in random order, with their spent-ballot rows shuffled apart; the rest
 * keep waiting, so a batch is a random sample of a window of answers, not the last five. When
 * the survey closes everything left is written, except the answers about a mentor who got
 * fewer than 5 in all (never shown, never counted, and too few to hide among): those are
 * dropped, their ballots marked spent. Then the survey is sealed: nothing is added any more.
 *
 * So no answer row shares a transaction, a timestamp, a sequence or a physical order with the
 * receipt of whoever asked for the ballot. The price: answers held here are lost if the
 * process stops. Their ballots are not spent then (that is written with the batch), so the
 * respondent's client submits the same ballot again and it is accepted; see SURVEYS.md.
 */
export class SurveyBallotBox {
  private readonly held = new Map<string, Map<string, HeldAnswer[]>>();
  /** Token hashes held or being written, per survey: a second use is refused at once. */
  private readonly tokens = new Map<string, Set<string>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  holds(surveyId: string, tokenHash: string): boolean {
    return this.tokens.get(surveyId)?.has(tokenHash) ?? false;
  }

  /** How many answers wait in memory, for one survey or all (a count, for the shutdown log). */
  waiting(surveyId?: string): number {
    const pools = surveyId
      ? [...(this.held.get(surveyId)?.values() ?? [])]
      : [...this.held.values()].flatMap((m) => [...m.values()]);
    return pools.reduce((n, list) => n + list.length, 0);
  }

  /**
   * Takes an answer; writes a random batch when enough wait for the mentor. Synchronous up to the write, so two
   * submissions of one ballot cannot both get in.
   */
  async add(surveyId: string, answer: HeldAnswer): Promise<void> {
    const tokens = this.tokens.get(surveyId) ?? this.tokens.set(surveyId, new Set()).get(surveyId)!;
    tokens.add(answer.tokenHash);
    const byMentor = this.held.get(surveyId) ?? this.held.set(surveyId, new Map()).get(surveyId)!;
    const pool = byMentor.get(answer.mentorId) ?? byMentor.set(answer.mentorId, []).get(answer.mentorId)!;
    pool.push(answer);
    if (pool.length < 2 * BATCH) return;
    const batch = shuffle(pool).slice(0, BATCH);
    byMentor.set(
      answer.mentorId,
      pool.filter((a) => !batch.includes(a)),
    );
    // The submitter's answer is held either way: a failed batch goes back to the pool.
    await this.write(surveyId, batch, { seal: false }).catch((e) =>
      this.log(`survey: a batch could not be written (${e instanceof Error ? e.message : e}); its answers wait`),
    );
  }

  /** After close: writes what is left (see above), seals the survey and forgets its signing keys. Idempotent. */
  async seal(surveyId: string): Promise<void> {
    const left = [...(this.held.get(surveyId)?.values() ?? [])].flat();
    this.held.delete(surveyId);
    await this.write(surveyId, left, { seal: true });
    this.tokens.delete(surveyId);
  }

  private async write(surveyId: string, answers: HeldAnswer[], { seal }: { seal: boolean }): Promise<void> {
    try {
      // Never the respondent's transaction: nothing may tie the ballots to who was given one.
      await inTransaction(this.dataSource, { separate: true }, async (m) => {
        const [survey] = await m.query('SELECT school_id, sealed FROM survey WHERE id = $1 FOR UPDATE', [surveyId]);
        if (!survey) return;
        if (survey.sealed) {
          if (answers.length)
            this.log(`survey: ${answers.length} answer(s) arrived after the results were sealed and are not counted`);
          return;
        }
        const counted = seal
          ? await this.mentorsWithEnough(m, surveyId, answers)
          : new Set(answers.map((a) => a.mentorId));
        const spent: { token_hash: string }[] = await m.query(
          'INSERT INTO survey_spent_ballot (survey_id, token_hash) SELECT $1, unnest($2::text[]) ' +
            'ON CONFLICT DO NOTHING RETURNING token_hash',
          [surveyId, shuffle(answers.map((a) => a.tokenHash))],
        );
        // A ballot spent meanwhile by another process of the service counts there, not twice.
        const fresh = new Set(spent.map((s) => s.token_hash.trim()));
        const rows = shuffle(answers.filter((a) => fresh.has(a.tokenHash) && counted.has(a.mentorId)));
        if (rows.length) {
          // One statement: every row gets the same transaction and command id, in shuffled physical order.
          await m.query(
            `INSERT INTO survey_response (id, survey_id, school_id, mentor_id, scores, comment)
             SELECT id, $1, $2, mentor, scores::smallint[], comment
               FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[]) WITH ORDINALITY AS x(id, mentor, scores,
               comment, i) ORDER BY i`,
            [
              surveyId,
              survey.school_id,
              rows.map(() => randomUUID()),
              rows.map((a) => a.mentorId),
              rows.map((a) => `{${a.scores.join(',')}}`),
              rows.map((a) => a.comment),
            ],
          );
        }
        if (seal) {
          await m.query('UPDATE survey SET sealed = true WHERE id = $1', [surveyId]);
          await m.query('UPDATE survey_ballot_key SET private_key = NULL WHERE survey_id = $1', [surveyId]);
        }
      });
      const tokens = this.tokens.get(surveyId);
      answers.forEach((a) => tokens?.delete(a.tokenHash));
    } catch (error) {
      // Nothing was written: the answers wait for the next batch (or a resubmission after a restart).
      const byMentor = this.held.get(surveyId) ?? this.held.set(surveyId, new Map()).get(surveyId)!;
      for (const a of answers) (byMentor.get(a.mentorId) ?? byMentor.set(a.mentorId, []).get(a.mentorId)!).push(a);
      throw error;
    }
  }

  /** Mentors whose answers reach 5 with what is already written. */
  private async mentorsWithEnough(m: EntityManager, surveyId: string, answers: HeldAnswer[]): Promise<Set<string>> {
    const written: { mentor_id: string; n: number }[] = await m.query(
      'SELECT mentor_id, count(*)::int AS n FROM survey_response WHERE survey_id = $1 GROUP BY mentor_id',
      [surveyId],
    );
    const total = new Map(written.map((w) => [w.mentor_id, w.n]));
    for (const a of answers) total.set(a.mentorId, (total.get(a.mentorId) ?? 0) + 1);
    return new Set([...total].filter(([, n]) => n >= BATCH).map(([mentor]) => mentor));
  }
}

const boxes = new WeakMap<DataSource, SurveyBallotBox>();

/** One box per database connection pool, i.e. per school-service process. */
export function ballotBoxFor(dataSource: DataSource): SurveyBallotBox {
  return (
    boxes.get(dataSource) ??
    boxes.set(dataSource, new SurveyBallotBox(dataSource, (line) => processLogger().info(line))).get(dataSource)!
  );
}

/** Seals every survey whose window has closed (the background job; reads after close seal too). */
export async function sealClosedSurveys(
  dataSource: DataSource,
  now: Date,
  schoolId?: string,
  term?: string,
): Promise<void> {
  const closed: { id: string }[] = await dataSource.query(
    'SELECT id FROM survey WHERE NOT sealed AND closes_at <= $1 AND ($2::uuid IS NULL ' +
      'OR school_id = $2) AND ($3::text IS NULL OR term = $3)',
    [now, schoolId ?? null, term ?? null],
  );
  for (const { id } of closed) await ballotBoxFor(dataSource).seal(id);
}

/** The background job: seal closed surveys every minute, so held answers reach the database soon after close. */
export function startSurveySealing(
  dataSource: DataSource,
  log: (line: string) => void,
  everyMs = 60_000,
): { stop(): Promise<void> } {
  let running = Promise.resolve();
  const tick = () =>
    (running = running
      .then(() => sealClosedSurveys(dataSource, new Date()))
      .catch((e) => log(`surveys: sealing failed (${e instanceof Error ? e.message : e}); retrying`)));
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      // Written now, they would make a small batch whose time lines up with the last ballots given: they are dropped
      // instead.
      const waiting = ballotBoxFor(dataSource).waiting();
      if (waiting)
        log(`surveys: ${waiting} held answer(s) are not written; their ballots are unspent and can be submitted again`);
    },
  };
}
