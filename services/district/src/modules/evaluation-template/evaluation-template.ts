import { forbidden, type Principal, Role } from '@mentorship/auth';
import { fromGlobalId, UserError, UserFacingError, withUserErrors } from '@mentorship/graphql';
import { Arg, Ctx, Directive, Field, Float, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';

import type { DistrictContext } from '../../context';

const SOURCES = ['COMPUTED', 'ENTERED'];
const PARTIES = ['SELF', 'COLLEAGUE', 'SCHOOL', 'STUDENTS', 'PLATFORM'];
const COMPUTED = [
  'MATCHING',
  'GROUP_ACTIVITY',
  'INDIVIDUAL_GUIDANCE',
  'ATTRITION',
  'STUDENT_FEEDBACK',
  'PARENT_FEEDBACK',
];

@ObjectType({ description: 'An item of the district’s evaluation template (考核模板).' })
export class EvaluationTemplateItem {
  @Field() key: string;
  @Field() label: string;
  @Field(() => Float) weight: number;
  @Field({ description: 'COMPUTED by the platform from the records, or ENTERED by a party.' }) source: string;
  @Field({ description: 'SELF, COLLEAGUE, SCHOOL, STUDENTS or PLATFORM.' }) party: string;
}

@InputType()
export class EvaluationTemplateItemInput {
  @Field() key: string;
  @Field() label: string;
  @Field(() => Float) weight: number;
  @Field() source: string;
  @Field() party: string;
}

@ObjectType()
export class EvaluationTemplatePayload {
  @Field(() => [EvaluationTemplateItem], { nullable: true }) items: EvaluationTemplateItem[] | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

async function templateOfDistrict(
  dataSource: DataSource,
  districtId: string,
): Promise<EvaluationTemplateItem[] | null> {
  const [row] = await dataSource.query('SELECT evaluation_template FROM district_policy WHERE district_id = $1', [
    districtId,
  ]);
  return row?.evaluation_template ?? null;
}

/** 考核模板: the district's default rubric; schools adapt it per cycle (their changes are recorded there). */
@Resolver()
export class EvaluationTemplateResolver {
  @Query(() => [EvaluationTemplateItem], {
    nullable: true,
    description: 'District admin: the district’s evaluation template; null means the platform’s default rubric.',
  })
  evaluationTemplate(@Ctx() ctx: DistrictContext): Promise<EvaluationTemplateItem[] | null> {
    return templateOfDistrict(ctx.dataSource, ctx.principal.districtId);
  }

  @Query(() => [EvaluationTemplateItem], {
    nullable: true,
    description: 'Service only: the template of a school’s district.',
  })
  @Directive('@inaccessible')
  async schoolEvaluationTemplate(
    @Arg('schoolId', () => ID) schoolId: string,
    @Ctx() ctx: DistrictContext,
  ): Promise<EvaluationTemplateItem[] | null> {
    const [school] = await ctx.dataSource.query('SELECT district_id FROM school WHERE id = $1', [
      fromGlobalId(schoolId, 'School'),
    ]);
    return school ? templateOfDistrict(ctx.dataSource, school.district_id) : null;
  }

  @Mutation(() => EvaluationTemplatePayload, {
    description:
      'District admin: set the evaluation template (weights add up to 100); an empty list returns to ' +
      'the platform default.',
  })
  setEvaluationTemplate(
    @Arg('items', () => [EvaluationTemplateItemInput]) items: EvaluationTemplateItemInput[],
    @Ctx() ctx: DistrictContext,
  ) {
    return withUserErrors(async () => ({ items: await setTemplate(ctx.dataSource, ctx.principal, items) }));
  }
}

async function setTemplate(
  dataSource: DataSource,
  principal: Principal,
  items: EvaluationTemplateItemInput[],
): Promise<EvaluationTemplateItem[] | null> {
  if (principal.role !== Role.DISTRICT_ADMIN) throw forbidden();
  if (items.length > 20) throw new UserFacingError('TOO_MANY_ITEMS', 'At most 20 items.', 'items');
  const keys = new Set<string>();
  items.forEach((item, i) => {
    if (!/^[A-Z][A-Z0-9_]{1,39}$/.test(item.key))
      throw new UserFacingError('INVALID_KEY', 'Keys are UPPER_CASE words.', `items[${i}].key`);
    if (keys.has(item.key))
      throw new UserFacingError('DUPLICATE_ITEM', `Item ${item.key} appears twice.`, `items[${i}].key`);
    keys.add(item.key);
    if (!item.label.trim()) throw new UserFacingError('REQUIRED', 'Label the item.', `items[${i}].label`);
    if (!(item.weight > 0 && item.weight <= 100))
      throw new UserFacingError('INVALID_WEIGHT', 'A weight is more than 0 and at most 100.', `items[${i}].weight`);
    if (!SOURCES.includes(item.source))
      throw new UserFacingError('INVALID_SOURCE', 'COMPUTED or ENTERED.', `items[${i}].source`);
    if (!PARTIES.includes(item.party))
      throw new UserFacingError('INVALID_PARTY', PARTIES.join(', '), `items[${i}].party`);
    if (item.source === 'COMPUTED' && !COMPUTED.includes(item.key))
      throw new UserFacingError(
        'UNKNOWN_COMPUTED_ITEM',
        `The platform computes only ${COMPUTED.join(', ')}.`,
        `items[${i}].key`,
      );
  });
  const total = items.reduce((s, i) => s + i.weight, 0);
  if (items.length && Math.abs(total - 100) > 1e-6)
    throw new UserFacingError('WEIGHTS_NOT_100', `Weights add up to ${total}, not 100.`, 'items');
  const value = items.length
    ? items.map(({ key, label, weight, source, party }) => ({ key, label: label.trim(), weight, source, party }))
    : null;
  await dataSource.query(
    `INSERT INTO district_policy (district_id, evaluation_template) VALUES ($1, $2) ` +
      `ON CONFLICT (district_id) DO UPDATE SET evaluation_template = excluded.evaluation_template`,
    [principal.districtId, value === null ? null : JSON.stringify(value)],
  );
  return value;
}
