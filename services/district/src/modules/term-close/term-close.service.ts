import { forbidden, type Principal, Role } from '@mentorship/auth';
import { UserFacingError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import { type ClosedSchoolFigures, parseClosedFigures } from './closed-figures';
import { DistrictTermClose, RecognitionReceived, SchoolTermClose } from './term-close.entity';

const TERM = /^(\d{4})-(\d{4})-[12]$/;

export interface SchoolTermStatus {
  schoolId: string;
  name: string;
  closedAt: Date | null;
  figures: ClosedSchoolFigures | null;
}

/** The district's side of closing a term: what schools sent, which closed, and the district's own close. */
export class DistrictTermCloseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly now: () => Date,
  ) {}

  private districtAdmin(): string {
    if (this.principal.role !== Role.DISTRICT_ADMIN) throw forbidden();
    return this.principal.districtId;
  }

  private term(term: string): string {
    const m = TERM.exec(term);
    if (!m || Number(m[2]) !== Number(m[1]) + 1)
      throw new UserFacingError('INVALID_TERM', 'Term must look like 2026-2027-1.', 'term');
    return term;
  }

  /** The caller's district's name, for the title of its report ('' when the registry has none). */
  async districtName(): Promise<string> {
    const [district] = await this.dataSource.query('SELECT name FROM district WHERE id = $1', [
      this.principal.districtId,
    ]);
    return district?.name ?? '';
  }

  /** A school's name, for the documents the school service prints (null: not in the registry). */
  async schoolName(schoolId: string): Promise<string | null> {
    const [school] = await this.dataSource.query('SELECT name FROM school WHERE id = $1', [schoolId]);
    return school?.name ?? null;
  }

  /** Service only: the first copy of a school's close is kept; a resend changes nothing. */
  async receiveSchoolClose(payload: string): Promise<boolean> {
    if (this.principal.role !== Role.SERVICE) throw forbidden();
    const figures = parseClosedFigures(payload);
    const [school] = await this.dataSource.query('SELECT name FROM school WHERE id = $1', [figures.schoolId]);
    if (!school) throw new UserFacingError('UNKNOWN_SCHOOL', 'No such school in the registry.', 'payload');
    await this.dataSource.query(
      `INSERT INTO school_term_close (school_id, term, closed_at, received_at, figures)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (school_id, term) DO NOTHING`,
      [figures.schoolId, figures.term, figures.closedAt, this.now(), JSON.stringify(figures)],
    );
    return true;
  }

  /** Service only: a school's published 优秀导师 (names, staff numbers, ranks), kept once per list. */
  async receiveRecognition(payload: string): Promise<boolean> {
    if (this.principal.role !== Role.SERVICE) throw forbidden();
    let raw: any;
    try {
      raw = JSON.parse(payload);
    } catch {
      throw new UserFacingError('INVALID_RECOGNITION', 'The payload must be JSON.', 'payload');
    }
    const teachers = Array.isArray(raw?.teachers)
      ? raw.teachers.map((t: any) => ({
          name: String(t?.name ?? '').slice(0, 60),
          staffNumber: String(t?.staffNumber ?? '').slice(0, 40),
          rank: Number.isInteger(t?.rank) ? t.rank : 0,
        }))
      : null;
    if (
      !teachers ||
      !TERM.test(raw?.term ?? '') ||
      typeof raw?.recognitionId !== 'string' ||
      typeof raw?.schoolId !== 'string'
    )
      throw new UserFacingError(
        'INVALID_RECOGNITION',
        'recognitionId, schoolId, term and teachers are required.',
        'payload',
      );
    if (!(await this.dataSource.query('SELECT 1 FROM school WHERE id = $1', [raw.schoolId])).length)
      throw new UserFacingError('UNKNOWN_SCHOOL', 'No such school in the registry.', 'payload');
    await this.dataSource.query(
      'INSERT INTO recognition_received (recognition_id, school_id, term, teachers, received_at) VALUES ($1, $2, $3, ' +
        '$4, $5) ON CONFLICT (recognition_id) DO NOTHING',
      [raw.recognitionId, raw.schoolId, raw.term, JSON.stringify(teachers), this.now()],
    );
    return true;
  }

  /** Every school of the district and whether (and what) it closed for the term. */
  async schools(term: string): Promise<SchoolTermStatus[]> {
    const districtId = this.districtAdmin();
    const rows: { id: string; name: string; closed_at: Date | null; figures: ClosedSchoolFigures | null }[] =
      await this.dataSource.query(
        `SELECT s.id, s.name, c.closed_at, c.figures FROM school s LEFT JOIN school_term_close c ON c.school_id = s.id
         AND c.term = $2
        WHERE s.district_id = $1 ORDER BY s.code`,
        [districtId, this.term(term)],
      );
    return rows.map((r) => ({ schoolId: r.id, name: r.name, closedAt: r.closed_at, figures: r.figures }));
  }

  get(term: string): Promise<DistrictTermClose | null> {
    return this.dataSource
      .getRepository(DistrictTermClose)
      .findOneBy({ districtId: this.districtAdmin(), term: this.term(term) });
  }

  /** Closes the district's term over the schools' frozen figures; schools still open must be accepted by name. */
  async close(term: string, acceptMissingSchools: boolean): Promise<{ close: DistrictTermClose; replayed: boolean }> {
    const districtId = this.districtAdmin();
    const existing = await this.get(term);
    if (existing) return { close: existing, replayed: true };
    const schools = await this.schools(term);
    const missing = schools.filter((s) => !s.figures);
    if (missing.length && !acceptMissingSchools) {
      throw new UserFacingError(
        'SCHOOLS_NOT_CLOSED',
        `${missing.length} school(s) have not closed the term: ${missing.map((s) => s.name).join('、')}.`,
        'acceptMissingSchools',
      );
    }
    const close = Object.assign(new DistrictTermClose(), {
      districtId,
      term,
      closedAt: this.now(),
      closedBy: this.principal.personId,
      missingSchoolIds: missing.map((s) => s.schoolId),
      schools: schools.flatMap((s) => (s.figures ? [s.figures] : [])),
    });
    await this.dataSource.query(
      `INSERT INTO district_term_close (district_id, term, closed_at, closed_by, missing_school_ids, schools)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [districtId, term, close.closedAt, close.closedBy, close.missingSchoolIds, JSON.stringify(close.schools)],
    );
    return { close: (await this.get(term))!, replayed: false };
  }

  async recognitions(term: string): Promise<(RecognitionReceived & { schoolName: string })[]> {
    const districtId = this.districtAdmin();
    const rows = await this.dataSource.query(
      `SELECT r.recognition_id, r.school_id, r.term, r.teachers, r.received_at, s.name AS school_name
       FROM recognition_received r JOIN school s ON s.id = r.school_id
        WHERE s.district_id = $1 AND r.term = $2 ORDER BY s.code`,
      [districtId, this.term(term)],
    );
    return rows.map((r: any) =>
      Object.assign(new RecognitionReceived(), {
        recognitionId: r.recognition_id,
        schoolId: r.school_id,
        term: r.term,
        teachers: r.teachers,
        receivedAt: r.received_at,
        schoolName: r.school_name,
      }),
    );
  }
}
