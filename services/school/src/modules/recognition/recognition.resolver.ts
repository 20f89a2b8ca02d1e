import {
  connectionOf,
  ExportFile,
  fromGlobalId,
  PageArgs,
  paginateListForClient,
  toGlobalId,
  UserError,
  withUserErrors,
} from '@mentorship/graphql';
import {
  Arg,
  Args,
  Ctx,
  Field,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';

import type { SchoolContext } from '../../context';
import { Teacher } from '../roster/teacher.entity';
import { certificatePdf } from './certificate';
import { Recognition as RecognitionRow } from './recognition.entity';

@ObjectType({ description: 'A 优秀导师 of the list.' })
export class RecognizedMentor {
  @Field(() => Int) rank: number;
  @Field(() => Teacher, { nullable: true }) teacher: Teacher | null;
  @Field() name: string;
  @Field(() => Float, { description: 'School admin only: the evaluation total.' }) total: number;
}

@ObjectType({ description: '表彰: a term’s 优秀导师, drawn from the published evaluation by the school’s rule.' })
export class RecognitionView {
  @Field(() => ID) id: string;
  @Field() term: string;
  @Field(() => Int, { nullable: true, description: 'The rule: the top N (ties at the boundary included)…' }) topN:
    number | null;
  @Field(() => Float, { nullable: true, description: '…or everyone at or above this total.' }) minTotal: number | null;
  @Field({ description: 'PROPOSED (the admin’s draft) or PUBLISHED.' }) status: string;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field() sentToDistrict: boolean;
  @Field(() => [RecognizedMentor]) mentors: RecognizedMentor[];
  row: RecognitionRow;
}

export const { Connection: RecognitionViewConnection } = connectionOf(RecognitionView);

@InputType()
export class ProposeRecognitionInput {
  @Field(() => ID) cycleId: string;
  @Field(() => Int, { nullable: true }) topN?: number | null;
  @Field(() => Float, { nullable: true }) minTotal?: number | null;
}

@ObjectType()
export class RecognitionPayload {
  @Field(() => RecognitionView, { nullable: true }) recognition: RecognitionView | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

async function view(row: RecognitionRow, ctx: SchoolContext): Promise<RecognitionView> {
  const teachers = await ctx.loaders.teacherById.loadMany(row.entries.map((e) => e.teacherId));
  return Object.assign(new RecognitionView(), {
    row,
    id: toGlobalId('Recognition', row.id),
    term: row.term,
    topN: row.topN,
    minTotal: row.minTotal,
    status: row.status,
    publishedAt: row.publishedAt,
    sentToDistrict: row.sentToDistrictAt !== null,
    mentors: row.entries.map((e, i) =>
      Object.assign(new RecognizedMentor(), {
        rank: e.rank,
        name: e.name,
        total: e.total,
        teacher: teachers[i] instanceof Error ? null : teachers[i],
      }),
    ),
  });
}

@Resolver(() => RecognitionView)
export class RecognitionResolver {
  private service(ctx: SchoolContext) {
    return ctx.services.recognitions;
  }

  @Query(() => RecognitionViewConnection, {
    description: 'The school’s 优秀导师 lists, latest term first: published ones for staff, drafts too for the admin.',
  })
  async recognitions(@Args() page: PageArgs, @Ctx() ctx: SchoolContext) {
    const { nodes, ...rest } = await paginateListForClient(await this.service(ctx).list(), page, (r) => r.id);
    return new RecognitionViewConnection({ ...rest, nodes: await Promise.all(nodes.map((r) => view(r, ctx))) });
  }

  @Mutation(() => RecognitionPayload, {
    description: 'School admin: draw up the 优秀导师 of a published evaluation cycle (top N or a threshold).',
  })
  proposeRecognition(@Arg('input') input: ProposeRecognitionInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({
      recognition: await view(
        await this.service(ctx).propose(
          fromGlobalId(input.cycleId, 'EvaluationCycle', 'cycleId'),
          input.topN ?? null,
          input.minTotal ?? null,
        ),
        ctx,
      ),
    })).then((p) => ({ recognition: null, ...p }));
  }

  @Mutation(() => RecognitionPayload, {
    description: 'School admin: approve and publish the list to the school; the district receives the names.',
  })
  publishRecognition(@Arg('recognitionId', () => ID) recognitionId: string, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({
      recognition: await view(
        await this.service(ctx).publish(fromGlobalId(recognitionId, 'Recognition', 'recognitionId')),
        ctx,
      ),
    })).then((p) => ({ recognition: null, ...p }));
  }

  @Query(() => ExportFile, {
    description:
      'The printable certificate (荣誉证书, PDF) of a mentor on a published list: the school admin, or the mentor ' +
      'themself.',
  })
  async recognitionCertificate(
    @Arg('recognitionId', () => ID) recognitionId: string,
    @Arg('teacherId', () => ID) teacherId: string,
    @Ctx() ctx: SchoolContext,
  ): Promise<ExportFile> {
    const { row, entry } = await ctx.services.recognitions.publishedEntry(
      fromGlobalId(recognitionId, 'Recognition', 'recognitionId'),
      fromGlobalId(teacherId, 'Teacher', 'teacherId'),
    );
    return ExportFile.of(await certificatePdf(row, entry));
  }
}
