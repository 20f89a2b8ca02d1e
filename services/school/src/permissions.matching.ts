import { choosers, choosersOrAdmin, inSchool, schoolAdmin, schoolStaff, teacher } from './permissions.roles';

/** 师生双选 (matching rounds, outcomes, preferences): merged into permissions.ts. */
export const matchingRules = {
  // Students see when and how to choose; results, loads and the lottery seed are for staff.
  MatchingRound: {
    '*': schoolStaff,
    id: inSchool,
    academicYear: inSchool,
    opensAt: inSchool,
    closesAt: inSchool,
    maxChoices: inSchool,
    eligibility: inSchool,
    status: inSchool,
    seed: schoolAdmin,
    export: schoolAdmin,
    preferencesReceived: schoolAdmin,
  },
  MatchingRoundConnection: inSchool,
  MatchingRoundEdge: inSchool,
  RoundMentorView: schoolStaff,
  MatchingReport: schoolStaff,
  PhaseCounts: schoolStaff,
  LoadSummary: schoolStaff,
  MatchingOutcome: schoolStaff,
  MatchingOutcomeConnection: schoolStaff,
  MatchingOutcomeEdge: schoolStaff,
  MatchingAdjustment: schoolStaff,
  RankedBy: teacher,
  RankedMentor: choosersOrAdmin,
  MatchingRoundPayload: schoolStaff,
  PreferencesPayload: choosers,
  AdjustMatchPayload: schoolAdmin,
  MentorshipsPayload: schoolAdmin,
  MentorCapacityPayload: teacher,
  DecisionPayload: teacher,
};
