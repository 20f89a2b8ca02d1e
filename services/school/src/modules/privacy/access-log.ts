import type { Principal } from '@mentorship/auth';
import type { DataSource } from 'typeorm';

/**
 * Collects the personal-data reads of one request and writes them in one statement when the
 * response goes out, so logging costs a request one INSERT however many students it read.
 */
export class AccessLog {
  private readonly reads = new Map<string, Set<string>>();

  constructor(private readonly dataSource: DataSource, private readonly principal: Principal, private readonly requestId: string, private readonly now: () => Date) {}

  read(studentId: string, field: string): void {
    let fields = this.reads.get(studentId);
    if (!fields) this.reads.set(studentId, (fields = new Set()));
    fields.add(field);
  }

  get pending(): number {
    return this.reads.size;
  }

  async flush(): Promise<void> {
    if (!this.reads.size || !this.principal.schoolId) return;
    const students = [...this.reads.keys()];
    const fields = students.map((s) => [...this.reads.get(s)!].sort().join(','));
    this.reads.clear();
    await this.dataSource.query(
      `INSERT INTO access_log (school_id, actor_id, actor_role, student_id, fields, request_id, read_at)
       SELECT $1, $2, $3, s, string_to_array(f, ','), $4, $5 FROM unnest($6::uuid[], $7::text[]) AS x(s, f)`,
      [this.principal.schoolId, this.principal.personId, this.principal.role, this.requestId.slice(0, 64), this.now(), students, fields],
    );
  }
}
