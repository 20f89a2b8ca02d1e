import { forbidden, type Principal, Role } from '@mentorship/auth';
import { UserFacingError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import { DistrictPolicy } from '../registry/district-policy.entity';

/** What a district has before it ever sets its policy (the entity's column defaults). */
export function defaultPolicy(districtId: string): DistrictPolicy {
  return Object.assign(new DistrictPolicy(), {
    districtId,
    mentorStudentCap: 15,
    smallGroupThreshold: 5,
    trialPeriodDays: 30,
    trainingRatePercent: 80,
    coverageThresholdPercent: 95,
    dutiesLagPoints: 20,
    evaluationTemplate: null,
  });
}

/** The settable parts of a policy; a field left out (or null) keeps its value. */
export interface PolicyChange {
  mentorStudentCap?: number | null;
  trialPeriodDays?: number | null;
  trainingRatePercent?: number | null;
  coverageThresholdPercent?: number | null;
  dutiesLagPoints?: number | null;
}

const RANGES: Record<keyof PolicyChange, [number, number]> = {
  mentorStudentCap: [1, 50],
  trialPeriodDays: [0, 365],
  trainingRatePercent: [0, 100],
  coverageThresholdPercent: [0, 100],
  dutiesLagPoints: [0, 100],
};
const COLUMNS: Record<keyof PolicyChange, string> = {
  mentorStudentCap: 'mentor_student_cap',
  trialPeriodDays: 'trial_period_days',
  trainingRatePercent: 'training_rate_percent',
  coverageThresholdPercent: 'coverage_threshold_percent',
  dutiesLagPoints: 'duties_lag_points',
};

/** The district's policy: caps and thresholds every school works within. */
export class PolicyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    // One constructor shape for every service; setting a policy keeps no time of its own.
    protected readonly now: () => Date,
  ) {}

  /** District admin: sets the fields given (each within its range) and returns the whole policy. */
  async set(input: PolicyChange): Promise<DistrictPolicy> {
    if (this.principal.role !== Role.DISTRICT_ADMIN) throw forbidden();
    const { districtId } = this.principal;
    const keys = (Object.keys(RANGES) as (keyof PolicyChange)[]).filter(
      (k) => input[k] !== undefined && input[k] !== null,
    );
    for (const k of keys) {
      const [min, max] = RANGES[k];
      const v = input[k]!;
      if (!Number.isInteger(v) || v < min || v > max)
        throw new UserFacingError('OUT_OF_RANGE', `${k} must be a whole number from ${min} to ${max}.`, k);
    }
    const cols = keys.map((k) => COLUMNS[k]);
    const values = keys.map((k) => input[k]);
    // Upsert: a district without a policy row starts from the defaults.
    const names = cols.map((c) => `, ${c}`).join('');
    const params = values.map((_, n) => `, $${n + 2}`).join('');
    const update = cols.length ? `UPDATE SET ${cols.map((c) => `${c} = excluded.${c}`).join(', ')}` : 'NOTHING';
    await this.dataSource.query(
      `INSERT INTO district_policy (district_id${names}) VALUES ($1${params})
       ON CONFLICT (district_id) DO ${update}`,
      [districtId, ...values],
    );
    return (await this.dataSource.getRepository(DistrictPolicy).findOneBy({ districtId })) ?? defaultPolicy(districtId);
  }
}
