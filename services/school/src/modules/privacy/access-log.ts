import { isIP } from 'node:net';

import type { Principal } from '@mentorship/auth';
import type { DataSource, EntityManager } from 'typeorm';

import { AccessAction } from './access-log.entity';

/**
 * The request's audit trail. Reads are collected and written in one statement when the response
 * goes out (one INSERT however many students a request read); writes are recorded inside the
 * write's own transaction, so a write that rolls back leaves no audit row and one that commits
 * always has one.
 *
 * A read or write is *sealed* when whether it happens at all depends on the data: the crisis
 * team reads only students who have an alert, a head teacher reads decisions only about students
 * who were discussed, a category is set on a student who has one. Sealed rows count in every
 * summary but are never shown with their student (PRIVACY.md, "The access log").
 */
export class AccessLog {
  /** `${sealed ? 1 : 0}/${studentId}` → fields. Sealed and open reads of one student are separate rows. */
  private readonly reads = new Map<string, Set<string>>();
  /** The client's address, from the gateway (`x-client-address`). */
  private origin: string | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly requestId: string,
    private readonly now: () => Date,
  ) {}

  /** A read logged whatever the data holds (the field is asked for, empty or not). */
  read(studentId: string, field: string): void {
    this.add(`0/${studentId}`, field);
  }

  /** A read that only happens because the data exists (an alert's description, a decision). */
  readSealed(studentId: string, field: string): void {
    this.add(`1/${studentId}`, field);
  }

  /** Where the request came from; anything that is not an IP address is dropped. */
  from(address: string | null | undefined): void {
    this.origin = address && address.length <= 64 && isIP(address) ? address : null;
  }

  get pending(): number {
    return this.reads.size;
  }

  async flush(): Promise<void> {
    if (!this.reads.size || !this.principal.schoolId) return;
    const keys = [...this.reads.keys()];
    const fields = keys.map((k) => [...this.reads.get(k)!].sort().join(','));
    this.reads.clear();
    await this.dataSource.query(
      `INSERT INTO access_log (school_id, actor_id, actor_role, action, student_id, fields, sealed, request_id,
         origin, at)
       SELECT $1, $2, $3, 'READ', s, string_to_array(f, ','), z, $4, $9, $5
         FROM unnest($6::uuid[], $7::text[], $8::boolean[]) AS x(s, f, z)`,
      [
        this.principal.schoolId,
        this.principal.personId,
        this.principal.role,
        this.requestId.slice(0, 64),
        this.now(),
        keys.map((k) => k.slice(2)),
        fields,
        keys.map((k) => k[0] === '1'),
        this.origin,
      ],
    );
  }

  /**
   * Inside the write's transaction: the caller wrote `what` about these students. One statement.
   * `sealed` when the write itself says something (an alert raised, a category set, a decision).
   */
  async wrote(
    m: EntityManager,
    studentIds: readonly string[],
    what: string,
    options: { sealed: boolean },
  ): Promise<void> {
    const students = [...new Set(studentIds)];
    if (!students.length || !this.principal.schoolId) return;
    await m.query(
      `INSERT INTO access_log (school_id, actor_id, actor_role, action, student_id, fields, sealed, request_id,
         origin, at)
       SELECT $1, $2, $3, $4, s, ARRAY[$5::text], $6, $7, $10, $8 FROM unnest($9::uuid[]) AS s`,
      [
        this.principal.schoolId,
        this.principal.personId,
        this.principal.role,
        AccessAction.WRITE,
        what,
        options.sealed,
        this.requestId.slice(0, 64),
        this.now(),
        students,
        this.origin,
      ],
    );
  }

  private add(key: string, field: string): void {
    let fields = this.reads.get(key);
    if (!fields) this.reads.set(key, (fields = new Set()));
    fields.add(field);
  }
}
