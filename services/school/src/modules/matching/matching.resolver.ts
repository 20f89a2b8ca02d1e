import {
  connectionOf,
  fromGlobalId,
  notFound,
  PageArgs,
  paginateListForClient,
  withUserErrors,
} from '@mentorship/graphql';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import type { SchoolContext } from '../../context';
import { Teacher } from '../roster/teacher.entity';
import {
  AdjustMatchInput,
  AdjustMatchPayload,
  DecideOnStudentInput,
  DecisionPayload,
  FormMentorTeamInput,
  HandOverMenteesInput,
  MatchingRoundPayload,
  MentorCapacityPayload,
  MentorshipsPayload,
  OpenMatchingRoundInput,
  PreferencesPayload,
  RankedBy,
  RankedMentor,
  SetMentorCapacityInput,
  SubmitPreferencesInput,
  TransferStudentOutInput,
} from './matching.types';
import { MatchingRound } from './matching-round.entity';

export const { Connection: MatchingRoundConnection } = connectionOf(MatchingRound);
export const { Connection: EligibleMentorConnection } = connectionOf(Teacher, 'EligibleMentor');
export const { Connection: RankedByConnection } = connectionOf(RankedBy);

const id = (value: string, type: string, field: string) => fromGlobalId(value, type, field);
const optionalId = (value: string | null | undefined, type: string, field: string) =>
  value ? fromGlobalId(value, type, field) : null;

/**
 * Thin: decode ids, call the matching and mentorship services, shape the payload. Access rules are in permissions.ts.
 */
@Resolver()
export class MatchingResolver {
  private rounds = (ctx: SchoolContext) => ctx.services.matchingRounds;
  private preferencesService = (ctx: SchoolContext) => ctx.services.matchingPreferences;
  private mentorships = (ctx: SchoolContext) => ctx.services.mentorships;

  private async rankedMentors(
    ctx: SchoolContext,
    prefs: { rank: number; teacherId: string }[],
  ): Promise<RankedMentor[]> {
    const teachers = await ctx.loaders.teacherById.loadMany(prefs.map((p) => p.teacherId));
    return prefs.map((p, i) => Object.assign(new RankedMentor(), { rank: p.rank, mentor: teachers[i] as Teacher }));
  }

  @Query(() => MatchingRoundConnection, { description: 'Matching rounds of your school, latest first.' })
  async matchingRounds(@Args() page: PageArgs, @Ctx() ctx: SchoolContext) {
    return new MatchingRoundConnection(await paginateListForClient(await this.rounds(ctx).list(), page, (r) => r.id));
  }

  @Query(() => MatchingRound)
  async matchingRound(@Arg('id', () => ID) roundId: string, @Ctx() ctx: SchoolContext): Promise<MatchingRound> {
    return (
      (await ctx.loaders.roundById.load(id(roundId, 'MatchingRound', 'id'))) ??
      Promise.reject(notFound('Matching round'))
    );
  }

  @Query(() => EligibleMentorConnection, { description: 'Mentors this student may rank in the round, by name.' })
  async eligibleMentors(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('studentId', () => ID, { nullable: true }) studentId: string | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: SchoolContext,
  ) {
    const ids = await this.preferencesService(ctx).eligibleMentorsFor(
      id(roundId, 'MatchingRound', 'roundId'),
      optionalId(studentId, 'Student', 'studentId'),
    );
    const ofPage = await paginateListForClient(ids, page, (teacherId) => teacherId);
    // A teacher the loader cannot return is left out, with its cursor, as the list did before paging.
    const found = (await ctx.loaders.teacherById.loadMany(ofPage.nodes)).flatMap((t, i) =>
      t instanceof Teacher ? [{ t, cursor: ofPage.cursors[i] }] : [],
    );
    return new EligibleMentorConnection({
      ...ofPage,
      nodes: found.map((f) => f.t),
      cursors: found.map((f) => f.cursor),
    });
  }

  @Query(() => [RankedMentor], {
    description: 'A student’s ranked choices: your own as a student, or a student of your class as head teacher.',
  })
  async preferences(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('studentId', () => ID, { nullable: true }) studentId: string | undefined,
    @Ctx() ctx: SchoolContext,
  ): Promise<RankedMentor[]> {
    const prefs = await this.preferencesService(ctx).preferencesOf(
      id(roundId, 'MatchingRound', 'roundId'),
      optionalId(studentId, 'Student', 'studentId'),
    );
    return this.rankedMentors(ctx, prefs);
  }

  @Query(() => RankedByConnection, {
    description: 'Students of your school who ranked you in the round (双向选择), by rank.',
  })
  async rankedMe(@Arg('roundId', () => ID) roundId: string, @Args() page: PageArgs, @Ctx() ctx: SchoolContext) {
    const rows = await this.preferencesService(ctx).rankedMe(id(roundId, 'MatchingRound', 'roundId'));
    const ofPage = await paginateListForClient(rows, page, (r) => r.studentId);
    const students = await ctx.loaders.studentById.loadMany(ofPage.nodes.map((r) => r.studentId));
    const nodes = ofPage.nodes.map((r, i) => Object.assign(new RankedBy(), { ...r, student: students[i] }));
    return new RankedByConnection({ ...ofPage, nodes });
  }

  @Mutation(() => MatchingRoundPayload, { description: 'School admin: open a matching round.' })
  openMatchingRound(@Arg('input') input: OpenMatchingRoundInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({
      round: await this.rounds(ctx).openRound({
        ...input,
        gradeIds: input.gradeIds?.map((g, i) => id(g, 'Grade', `gradeIds[${i}]`)),
        teacherIds: input.teacherIds?.map((t, i) => id(t, 'Teacher', `teacherIds[${i}]`)),
      }),
    }));
  }

  @Mutation(() => PreferencesPayload, {
    description: 'Student (or their head teacher): submit or change ranked preferences.',
  })
  submitPreferences(@Arg('input') input: SubmitPreferencesInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => {
      const service = this.preferencesService(ctx);
      const roundId = id(input.roundId, 'MatchingRound', 'roundId');
      const saved = await service.submitPreferences(
        roundId,
        optionalId(input.studentId, 'Student', 'studentId'),
        input.mentorIds.map((m, i) => id(m, 'Teacher', `mentorIds[${i}]`)),
      );
      return { preferences: await this.rankedMentors(ctx, await service.preferencesOf(roundId, saved.studentId)) };
    });
  }

  @Mutation(() => MentorCapacityPayload, {
    description: 'Mentor: how many students you take in this round (≤ its cap).',
  })
  setMentorCapacity(@Arg('input') input: SetMentorCapacityInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({
      capacity: (
        await this.preferencesService(ctx).setMyCapacity(id(input.roundId, 'MatchingRound', 'roundId'), input.capacity)
      ).capacity,
    }));
  }

  @Mutation(() => DecisionPayload, { description: 'Mentor: accept or decline a student who ranked you.' })
  decideOnStudent(@Arg('input') input: DecideOnStudentInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({
      accepted: (
        await this.preferencesService(ctx).decide(
          id(input.roundId, 'MatchingRound', 'roundId'),
          id(input.studentId, 'Student', 'studentId'),
          input.accept,
        )
      ).accepted,
    }));
  }

  @Mutation(() => MatchingRoundPayload, { description: 'School admin: run (or re-run) the match into a draft.' })
  runMatching(@Arg('roundId', () => ID) roundId: string, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({ round: await this.rounds(ctx).run(id(roundId, 'MatchingRound', 'roundId')) }));
  }

  @Mutation(() => AdjustMatchPayload, {
    description: 'School admin: change one student’s draft mentor, with a reason.',
  })
  adjustMatch(@Arg('input') input: AdjustMatchInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({
      outcome: await this.rounds(ctx).adjust(
        id(input.roundId, 'MatchingRound', 'roundId'),
        id(input.studentId, 'Student', 'studentId'),
        optionalId(input.mentorId, 'Teacher', 'mentorId'),
        input.reason,
      ),
    }));
  }

  @Mutation(() => MatchingRoundPayload, {
    description: 'School admin: create the mentorships from the draft, ending the previous ones.',
  })
  publishMatchingRound(@Arg('roundId', () => ID) roundId: string, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({
      round: await this.rounds(ctx).publish(id(roundId, 'MatchingRound', 'roundId')),
    }));
  }

  @Mutation(() => MentorshipsPayload, {
    description: 'School admin: 多对一 — one LEAD and SUPPORTING mentors for a student.',
  })
  formMentorTeam(@Arg('input') input: FormMentorTeamInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({
      mentorships: await this.mentorships(ctx).formTeam(
        id(input.studentId, 'Student', 'studentId'),
        id(input.leadMentorId, 'Teacher', 'leadMentorId'),
        input.supportingMentorIds.map((s, i) => id(s, 'Teacher', `supportingMentorIds[${i}]`)),
        input.academicYear,
      ),
    }));
  }

  @Mutation(() => MentorshipsPayload, {
    description: 'School admin: 继任 — move all mentees of a teacher to a successor.',
  })
  handOverMentees(@Arg('input') input: HandOverMenteesInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({
      changed: await this.mentorships(ctx).handOver(
        id(input.fromTeacherId, 'Teacher', 'fromTeacherId'),
        id(input.toTeacherId, 'Teacher', 'toTeacherId'),
        input.reason,
        input.teacherLeaves,
      ),
    }));
  }

  @Mutation(() => MentorshipsPayload, { description: 'School admin: a student transfers out; their mentorships end.' })
  transferStudentOut(@Arg('input') input: TransferStudentOutInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({
      changed: await this.mentorships(ctx).transferOut(id(input.studentId, 'Student', 'studentId'), input.leftOn),
    }));
  }
}
