import { Directive, Field, Int, ObjectType } from 'type-graphql';

/** Counts of sensitive facts below this many students are not shown (DESIGN.md §2). */
export const SMALL_GROUP_THRESHOLD = 5;

/** A count that is withheld when it is small enough to single out a child. */
@ObjectType({ description: 'A count of a sensitive fact; 1 to 4 are suppressed (value null, suppressed true) so no child can be singled out.' })
@Directive('@shareable')
export class SuppressibleCount {
  @Field(() => Int, { nullable: true }) value: number | null;
  @Field() suppressed: boolean;
}

/** What leaves the school for anyone but the mentor: zero and five-or-more as they are, 1–4 withheld. */
export function suppress(count: number, threshold = SMALL_GROUP_THRESHOLD): { value: number | null; suppressed: boolean } {
  return count > 0 && count < threshold ? { value: null, suppressed: true } : { value: count, suppressed: false };
}

export function suppressible(count: { value: number | null; suppressed: boolean }): SuppressibleCount {
  return Object.assign(new SuppressibleCount(), count);
}
