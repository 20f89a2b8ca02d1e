import { Directive, Field, Int, ObjectType } from 'type-graphql';

/** Groups of fewer people than this are not described (DESIGN.md §2); also the width of a band. */
export const SMALL_GROUP_THRESHOLD = 5;

/**
 * A sensitive count (attention students, open crisis alerts) as it leaves the mentors' hands: never
 * the number, only the band it lies in. Why bands, and why only per school: services/school/DISCLOSURE.md.
 */
@ObjectType({
  description:
    'A sensitive count published only as a band: the true number lies between atLeast and atMost (both ' +
    'included), e.g. 0–4, 5–9. Every band holds at least two possible values, so no child can be singled ' +
    'out.',
})
@Directive('@shareable')
export class CountBand {
  @Field(() => Int) atLeast: number;
  @Field(() => Int) atMost: number;
}

export interface Band {
  atLeast: number;
  atMost: number;
}

/**
 * The band of `count` in a fixed partition of 0…`ceiling` (the group's size, itself published):
 * [0,4], [5,9], …, cut at the ceiling, and a last band of a single value merged into the one below,
 * so "5 of 5 students" reads 0–5, never 5. The partition depends only on published figures, so the
 * band says nothing beyond "the count is in here". No ceiling (alerts, several per student): open-ended.
 */
export function band(count: number, ceiling = Number.POSITIVE_INFINITY, width = SMALL_GROUP_THRESHOLD): Band {
  if (!Number.isInteger(count) || count < 0 || count > ceiling)
    throw new RangeError(`band: ${count} is not a count within 0…${ceiling}`);
  let atLeast = count - (count % width);
  let atMost = Math.min(atLeast + width - 1, ceiling);
  const top = ceiling - (ceiling % width);
  if (ceiling > 0 && top === ceiling && atLeast >= top - width) [atLeast, atMost] = [top - width, ceiling];
  return { atLeast, atMost };
}

/** Whether `b` is exactly a band of the partition `band` uses: the district refuses anything else. */
export function isBand(b: unknown, ceiling = Number.POSITIVE_INFINITY): b is Band {
  const c = b as Band | null;
  if (!c || !Number.isInteger(c.atLeast) || !Number.isInteger(c.atMost) || c.atLeast < 0 || c.atLeast > ceiling)
    return false;
  const expected = band(c.atLeast, ceiling);
  return expected.atLeast === c.atLeast && expected.atMost === c.atMost;
}

/** A sum of bands over groups: exactly what the bands imply, nothing sharper. */
export function sumBands(bands: readonly Band[]): Band {
  return bands.reduce((s, b) => ({ atLeast: s.atLeast + b.atLeast, atMost: s.atMost + b.atMost }), {
    atLeast: 0,
    atMost: 0,
  });
}

export function countBand(b: Band): CountBand {
  return Object.assign(new CountBand(), { atLeast: b.atLeast, atMost: b.atMost });
}
