import {
  connectionOf,
  ExportFile,
  fromGlobalId,
  PageArgs,
  paginateListForClient,
  ReportFormat,
  UserError,
  UserFacingError,
  userInputError,
  withUserErrors,
} from '@mentorship/graphql';
import {
  Arg,
  Args,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';

import type { DistrictContext } from '../../context';
import { School } from '../registry/school.entity';
import type { ClosedSchoolFigures } from './closed-figures';
import { districtReport } from './district-report';
import type { DistrictTermCloseService } from './term-close.service';

@ObjectType({ description: 'A school and whether it has closed the term.' })
export class SchoolTermStatus {
  @Field(() => School, { nullable: true }) school: School | null;
  @Field() closed: boolean;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
}

@ObjectType({
  description: 'The district’s view of a term’s close: which schools closed, and the district’s own close.',
})
export class DistrictTermClosing {
  @Field() term: string;
  @Field() closed: boolean;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => Int) schoolsClosed: number;
  @Field(() => [SchoolTermStatus]) schools: SchoolTermStatus[];
  figures: ClosedSchoolFigures[];
  missing: string[];
}

@InputType()
export class CloseDistrictTermInput {
  @Field() term: string;
  @Field({
    defaultValue: false,
    description: 'Close although some schools have not closed (they are named in the report).',
  })
  acceptMissingSchools: boolean;
}

@ObjectType()
export class DistrictTermClosePayload {
  @Field(() => DistrictTermClosing, { nullable: true }) closing: DistrictTermClosing | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType()
export class RecognizedTeacher {
  @Field() name: string;
  @Field() staffNumber: string;
  @Field(() => Int) rank: number;
}

@ObjectType({ description: 'A school’s published 优秀导师 of a term.' })
export class SchoolRecognition {
  @Field(() => School, { nullable: true }) school: School | null;
  @Field() term: string;
  @Field(() => [RecognizedTeacher]) teachers: RecognizedTeacher[];
}

export const { Connection: SchoolRecognitionConnection } = connectionOf(SchoolRecognition);

async function closing(
  service: DistrictTermCloseService,
  term: string,
  ctx: DistrictContext,
): Promise<DistrictTermClosing> {
  const [schools, close] = await Promise.all([service.schools(term), service.get(term)]);
  const loaded = await ctx.loaders.schoolById.loadMany(schools.map((s) => s.schoolId));
  // Once the district closed, its report is over the figures as they stood then.
  const figures = close ? close.schools : schools.flatMap((s) => (s.figures ? [s.figures] : []));
  const missing = close
    ? schools.filter((s) => close.missingSchoolIds.includes(s.schoolId)).map((s) => s.name)
    : schools.filter((s) => !s.figures).map((s) => s.name);
  return Object.assign(new DistrictTermClosing(), {
    term,
    closed: close !== null,
    closedAt: close?.closedAt ?? null,
    schoolsClosed: schools.filter((s) => s.figures).length,
    figures,
    missing,
    schools: schools.map((s, i) =>
      Object.assign(new SchoolTermStatus(), {
        school: loaded[i] instanceof Error ? null : loaded[i],
        closed: s.figures !== null,
        closedAt: s.closedAt,
      }),
    ),
  });
}

@Resolver(() => DistrictTermClosing)
export class DistrictTermCloseResolver {
  private service(ctx: DistrictContext) {
    return ctx.services.districtTermClose;
  }

  @Query(() => DistrictTermClosing, {
    description: 'District admin: which schools have closed the term, and the district’s close.',
  })
  districtTermClosing(@Arg('term') term: string, @Ctx() ctx: DistrictContext): Promise<DistrictTermClosing> {
    return closing(this.service(ctx), term, ctx);
  }

  @Mutation(() => DistrictTermClosePayload, {
    description: 'District admin: close the district’s term over the schools’ frozen figures.',
  })
  closeDistrictTerm(@Arg('input') input: CloseDistrictTermInput, @Ctx() ctx: DistrictContext) {
    return withUserErrors(async () => {
      await this.service(ctx).close(input.term, input.acceptMissingSchools);
      return { closing: await closing(this.service(ctx), input.term, ctx) };
    }).then((p) => ({ closing: null, ...p }));
  }

  @FieldResolver(() => ExportFile, {
    description: 'The district’s term report across schools (PDF with charts, or .xlsx).',
  })
  async report(
    @Root() c: DistrictTermClosing,
    @Arg('format', () => ReportFormat) format: ReportFormat,
    @Ctx() ctx: DistrictContext,
  ): Promise<ExportFile> {
    const district = await this.service(ctx).districtName();
    return ExportFile.of(await districtReport(district, c.term, c.figures, c.missing, format));
  }

  @Query(() => SchoolRecognitionConnection, {
    description: 'District admin: the 优秀导师 each school published for the term, by school code.',
  })
  async recognizedMentors(@Arg('term') term: string, @Args() page: PageArgs, @Ctx() ctx: DistrictContext) {
    const rows = await paginateListForClient(await this.service(ctx).recognitions(term), page, (r) => r.recognitionId);
    const schools = await ctx.loaders.schoolById.loadMany(rows.nodes.map((r) => r.schoolId));
    return new SchoolRecognitionConnection({
      ...rows,
      nodes: rows.nodes.map((r, i) =>
        Object.assign(new SchoolRecognition(), {
          school: schools[i] instanceof Error ? null : schools[i],
          term: r.term,
          teachers: r.teachers,
        }),
      ),
    });
  }

  @Query(() => String, {
    nullable: true,
    description: 'Service only: a school’s name, for the documents the school service prints.',
  })
  @Directive('@inaccessible')
  schoolDisplayName(@Arg('schoolId', () => ID) schoolId: string, @Ctx() ctx: DistrictContext): Promise<string | null> {
    return this.service(ctx).schoolName(fromGlobalId(schoolId, 'School'));
  }

  @Mutation(() => Boolean, {
    description: 'Service only: a school’s closed term, frozen (idempotent: the first copy stays).',
  })
  @Directive('@inaccessible')
  receiveSchoolTermClose(@Arg('payload') payload: string, @Ctx() ctx: DistrictContext): Promise<boolean> {
    return this.service(ctx).receiveSchoolClose(payload).catch(refused);
  }

  @Mutation(() => Boolean, { description: 'Service only: a school’s published 优秀导师 (teachers’ names).' })
  @Directive('@inaccessible')
  receiveRecognition(@Arg('payload') payload: string, @Ctx() ctx: DistrictContext): Promise<boolean> {
    return this.service(ctx).receiveRecognition(payload).catch(refused);
  }
}

const refused = (error: unknown): never => {
  if (error instanceof UserFacingError) throw userInputError('payload', error.message);
  throw error;
};
