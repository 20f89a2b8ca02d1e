/**
 * Type policies for Apollo Client's InMemoryCache (or any normalising cache with the same idea):
 *
 *   new InMemoryCache({ typePolicies: apolloTypePolicies })
 *
 * `Me` is the signed-in caller, one per session: a singleton (`keyFields: []`), so operations that
 * select different parts of it (MyWork, MySurveySummary, MyEvaluations, …) merge instead of
 * replacing each other ("Cache data may be lost when replacing the me field"). The other types
 * listed have no identity of their own; each belongs to the object it hangs under (a student's
 * archive, a school's figures), so a newer answer merges into the older one.
 * Plain data, no import of @apollo/client: the package does not depend on it.
 */
export const apolloTypePolicies = {
  Me: { keyFields: [] as string[] },
  SchoolSettings: { keyFields: [] as string[] },
  GrowthArchive: { merge: true },
  TermDuties: { merge: true },
  GroupMetrics: { merge: true },
  DutyCompletion: { merge: true },
  SchoolStats: { merge: true },
  SchoolMetrics: { merge: true },
  DashboardFigures: { merge: true },
  MatchingReport: { merge: true },
  LoadSummary: { merge: true },
  TrainingProgress: { merge: true },
  SurveySummary: { merge: true },
} as const;
