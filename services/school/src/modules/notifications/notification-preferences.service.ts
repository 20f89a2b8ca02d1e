import { forbidden } from '@mentorship/auth';
import { UserFacingError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import type { Caller } from '../../context';
import { isEmail } from './notification-channels.service';
import { formatClock, parseClock } from './quiet-hours';

export interface Preferences {
  optedOut: boolean;
  email: string | null;
}
export interface Settings {
  quietHoursStart: string | null;
  quietHoursEnd: string | null;
  districtContactEmail: string | null;
}
interface SettingsRow {
  quiet_start: number | null;
  quiet_end: number | null;
  district_contact_email: string | null;
}

/** A person's own preferences, and the school's notification settings (school admin). */
export class NotificationPreferencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    // One constructor shape for every service; preferences keep no time of their own yet.
    private readonly now: () => Date,
  ) {}

  private get schoolId(): string {
    if (!this.caller.principal.schoolId) throw forbidden();
    return this.caller.principal.schoolId;
  }

  async preferences(): Promise<Preferences> {
    const [row] = await this.dataSource.query(
      'SELECT opted_out, email FROM notification_preference WHERE school_id = $1 AND person_id = $2',
      [this.schoolId, this.caller.principal.personId],
    );
    return { optedOut: row?.opted_out ?? false, email: row?.email ?? null };
  }

  /** An omitted field keeps its value; an empty e-mail removes it. */
  async setPreferences(input: { optedOut?: boolean | null; email?: string | null }): Promise<Preferences> {
    const email = input.email === undefined ? undefined : input.email?.trim() || null;
    if (email && !isEmail(email)) {
      throw new UserFacingError('INVALID_EMAIL', 'An e-mail address, or empty to stop e-mail.', 'email');
    }
    const current = await this.preferences();
    const next = { optedOut: input.optedOut ?? current.optedOut, email: email === undefined ? current.email : email };
    await this.dataSource.query(
      `INSERT INTO notification_preference (school_id, person_id, role, email, opted_out) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (school_id, person_id)
       DO UPDATE SET role = EXCLUDED.role, email = EXCLUDED.email, opted_out = EXCLUDED.opted_out`,
      [this.schoolId, this.caller.principal.personId, this.caller.principal.role, next.email, next.optedOut],
    );
    return next;
  }

  private async row(): Promise<SettingsRow | undefined> {
    const [row] = await this.dataSource.query(
      'SELECT quiet_start, quiet_end, district_contact_email FROM notification_settings WHERE school_id = $1',
      [this.schoolId],
    );
    return row;
  }

  async settings(): Promise<Settings> {
    const row = await this.row();
    return {
      quietHoursStart: formatClock(row?.quiet_start ?? null),
      quietHoursEnd: formatClock(row?.quiet_end ?? null),
      districtContactEmail: row?.district_contact_email ?? null,
    };
  }

  /** Changes what the input names; an omitted field keeps its value, null clears it. */
  async updateSettings(input: Partial<Settings>): Promise<Settings> {
    const row = await this.row();
    const clock = (value: string | null | undefined, old: number | null | undefined, field: string) => {
      if (value === undefined) return old ?? null;
      if (!value) return null;
      const minutes = parseClock(value);
      if (minutes == null) throw new UserFacingError('INVALID_TIME', 'A time of day as HH:MM (China time).', field);
      return minutes;
    };
    const start = clock(input.quietHoursStart, row?.quiet_start, 'quietHoursStart');
    const end = clock(input.quietHoursEnd, row?.quiet_end, 'quietHoursEnd');
    if ((start == null) !== (end == null)) {
      const field = start == null ? 'quietHoursStart' : 'quietHoursEnd';
      throw new UserFacingError('REQUIRED', 'Give both ends of the quiet hours, or neither.', field);
    }
    const given = input.districtContactEmail;
    const contact = given === undefined ? (row?.district_contact_email ?? null) : given?.trim() || null;
    if (contact && !isEmail(contact)) {
      throw new UserFacingError('INVALID_EMAIL', 'The district contact’s e-mail address.', 'districtContactEmail');
    }
    await this.dataSource.query(
      `INSERT INTO notification_settings (school_id, quiet_start, quiet_end, district_contact_email)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (school_id) DO UPDATE
       SET quiet_start = EXCLUDED.quiet_start, quiet_end = EXCLUDED.quiet_end,
           district_contact_email = EXCLUDED.district_contact_email`,
      [this.schoolId, start, end, contact],
    );
    return this.settings();
  }
}
