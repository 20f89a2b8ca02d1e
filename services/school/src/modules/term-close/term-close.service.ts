import { forbidden, Role } from '@mentorship/auth';
import { inTransaction } from '@mentorship/db';
import { UserFacingError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import type { Caller } from '../../context';
import { parseTerm, termOf } from '../records/term';
import { schoolNameOf, sendToDistrict } from './district-link';
import { isAllDone, openItemsOf } from './term-checklist';
import { type OpenItems, TermCloseRow } from './term-close.entity';
import { computeTermFigures } from './term-figures';

/** Closing a term: the checklist, then the figures frozen once and handed to the district. */
export class TermCloseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    private readonly now: () => Date,
  ) {}

  private get schoolId(): string {
    if (this.caller.principal.role !== Role.SCHOOL_ADMIN || !this.caller.principal.schoolId) throw forbidden();
    return this.caller.principal.schoolId;
  }

  /** A term that has begun (the current one or earlier). */
  private term(term: string): string {
    const span = parseTerm(term);
    if (!span) throw new UserFacingError('INVALID_TERM', 'Term must look like 2026-2027-1.', 'term');
    if (span.startsOn > this.now() && term !== termOf(this.now()).key)
      throw new UserFacingError('TERM_NOT_STARTED', `${term} has not begun.`, 'term');
    return term;
  }

  async checklist(term: string): Promise<OpenItems> {
    const key = this.term(term);
    return openItemsOf(this.dataSource.manager, this.schoolId, key, this.now());
  }

  get(term: string): Promise<TermCloseRow | null> {
    return this.dataSource.getRepository(TermCloseRow).findOneBy({ schoolId: this.schoolId, term });
  }

  /**
   * Freezes the term. With anything still open the admin must say so (`acceptOpenItems`); what
   * was open is kept with the close. Closing again returns the close as it was and retries the
   * delivery to the district if it had not gone through.
   */
  async close(term: string, acceptOpenItems: boolean): Promise<{ close: TermCloseRow; replayed: boolean }> {
    const key = this.term(term);
    const schoolId = this.schoolId;
    const existing = await this.get(key);
    if (existing) return { close: await this.deliver(existing), replayed: true };
    const schoolName = await schoolNameOf(this.caller.district, schoolId);
    const close = await inTransaction(this.dataSource, { isolation: 'REPEATABLE READ' }, async (m) => {
      // One close per school and term, even when two admins press at once.
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`term_close:${schoolId}:${key}`]);
      const again = await m.getRepository(TermCloseRow).findOneBy({ schoolId, term: key });
      if (again) return again;
      const openItems = await openItemsOf(m, schoolId, key, this.now());
      if (!isAllDone(openItems) && !acceptOpenItems) {
        throw new UserFacingError(
          'OPEN_ITEMS',
          'Items are still open (see termCloseChecklist); close with acceptOpenItems: true to close anyway.',
          'acceptOpenItems',
        );
      }
      const figures = await computeTermFigures(m, this.caller.district, schoolId, schoolName, key, this.now());
      const row = Object.assign(new TermCloseRow(), {
        schoolId,
        term: key,
        closedAt: this.now(),
        closedBy: this.caller.principal.personId,
        figures,
        openItems,
        sentToDistrictAt: null,
      });
      await m.getRepository(TermCloseRow).insert(row);
      return row;
    });
    return { close: await this.deliver(close), replayed: false };
  }

  /** The frozen figures go to the district as they are (school level, bands); the district keeps the first copy. */
  private async deliver(close: TermCloseRow): Promise<TermCloseRow> {
    if (close.sentToDistrictAt) return close;
    if (await sendToDistrict(this.caller.district, 'receiveSchoolTermClose', close.figures)) {
      close.sentToDistrictAt = this.now();
      await this.dataSource.query('UPDATE term_close SET sent_to_district_at = $3 WHERE school_id = $1 AND term = $2', [
        close.schoolId,
        close.term,
        close.sentToDistrictAt,
      ]);
    }
    return close;
  }
}
