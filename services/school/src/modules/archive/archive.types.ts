import { UserError } from '@mentorship/graphql';
import { ArrayMaxSize } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { AttentionCategory, ExamBand, FamilyStructure } from './archive.enums';
import { AttentionFlag } from './attention-flag.entity';
import { GrowthArchive } from './growth-archive.entity';

@InputType()
export class GuardianInput {
  @Field() name: string;
  @Field() relation: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@InputType()
export class MonthlyNoteInput {
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field() note: string;
}

@InputType()
export class ExamResultInput {
  @Field({ description: 'e.g. 2026-2027-1' }) term: string;
  @Field() exam: string;
  @Field(() => ExamBand) band: ExamBand;
}

@InputType({ description: 'Fields left out stay as they are; monthly notes and exam results are upserted.' })
export class EditGrowthArchiveInput {
  @Field(() => ID) studentId: string;
  @Field(() => Int, { description: 'The version you read (0 for a new archive); a stale one is VERSION_CONFLICT.' })
  expectedVersion: number;
  @Field(() => FamilyStructure, { nullable: true }) familyStructure?: FamilyStructure | null;
  @Field(() => [GuardianInput], { nullable: true }) @ArrayMaxSize(6) guardians?: GuardianInput[] | null;
  @Field(() => String, { nullable: true }) personality?: string | null;
  @Field(() => String, { nullable: true }) habits?: string | null;
  @Field(() => String, { nullable: true }) interests?: string | null;
  @Field(() => String, { nullable: true }) healthNotes?: string | null;
  @Field(() => [MonthlyNoteInput], { nullable: true }) @ArrayMaxSize(24) monthlyNotes?: MonthlyNoteInput[] | null;
  @Field(() => [ExamResultInput], { nullable: true }) @ArrayMaxSize(50) examResults?: ExamResultInput[] | null;
}

@ObjectType()
export class GrowthArchivePayload {
  @Field(() => GrowthArchive, { nullable: true }) archive: GrowthArchive | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@InputType()
export class SetAttentionCategoriesInput {
  @Field(() => ID) studentId: string;
  @Field(() => [AttentionCategory], { description: 'The full set; categories left out are removed.' })
  categories: AttentionCategory[];
}

@ObjectType()
export class AttentionCategoriesPayload {
  @Field(() => [AttentionFlag], { nullable: true }) attentionCategories: AttentionFlag[] | null;
  @Field(() => [UserError]) userErrors: UserError[];
}
