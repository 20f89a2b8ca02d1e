/** What the matching algorithm needs to know; pure data, no database. */
export interface MatchStudent {
  id: string;
  classroomId: string;
  /** Mentor ids, most preferred first. */
  preferences: string[];
}

export interface MatchMentor {
  id: string;
  /** Students this mentor may still take in this round (already ≤ the cap). */
  capacity: number;
  /** Students the mentor explicitly accepted (双向选择): top priority. */
  accepted: ReadonlySet<string>;
  /** Students the mentor declined: never matched to this mentor by preference. */
  declined: ReadonlySet<string>;
  /** Classrooms the mentor teaches (教学载体): second priority, and the class-based fill. */
  teaches: ReadonlySet<string>;
}

export interface MatchInput {
  students: MatchStudent[];
  mentors: MatchMentor[];
  /** Lottery seed, stored with the run so the result can be reproduced exactly. */
  seed: string;
  /** 导师盲盒: draw a mentor at random for whoever is left. */
  randomDraw: boolean;
}

export type MatchPhase = 'PREFERENCE' | 'CLASS_FILL' | 'RANDOM_DRAW';

export type UnmatchedReason =
  /** Gave no preferences and no teacher of their classroom had room. */
  | 'NO_PREFERENCES'
  /** Every mentor they ranked was full or declined them, and no teacher of their classroom had room. */
  | 'PREFERENCES_EXHAUSTED'
  /** Random draw was on, but no participating mentor had room left. */
  | 'NO_CAPACITY_LEFT';

export interface MatchResult {
  assignments: {
    studentId: string;
    mentorId: string;
    phase: MatchPhase;
    /** 1-based rank of the mentor in the student's list, if ranked. */ rank: number | null;
  }[];
  unmatched: { studentId: string; reason: UnmatchedReason }[];
  /** Student–mentor pairs who would both rather be together after the preference phase (0 = stable). */
  blockingPairs: number;
}
