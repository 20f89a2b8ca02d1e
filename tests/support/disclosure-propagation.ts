/** Bounds propagation for the disclosure audit's exact solver (./disclosure-solver.ts). */

/** Σ coef·x over the listed variables, within [lo, hi]. Coefficients are +1 or −1. */
export interface Constraint {
  terms: { v: number; c: 1 | -1 }[];
  lo: number;
  hi: number;
  /** Where it came from, for messages. */
  source?: string;
}

export type Domains = [number, number][];

/** Constraints are revisited only when a variable of theirs narrowed (a work queue, not sweeps). */
export function propagateBounds(domains: Domains, all: readonly Constraint[]): Domains | null {
  const d = domains.map(([lo, hi]) => [lo, hi] as [number, number]);
  const watching = new Map<number, number[]>();
  all.forEach((k, i) => k.terms.forEach(({ v }) => (watching.get(v) ?? watching.set(v, []).get(v)!).push(i)));
  const queued = new Uint8Array(all.length).fill(1);
  const queue = all.map((_, i) => i);
  while (queue.length) {
    const i = queue.pop()!;
    queued[i] = 0;
    const k = all[i];
    let min = 0;
    let max = 0;
    for (const { v, c } of k.terms) {
      if (c === 1) {
        min += d[v][0];
        max += d[v][1];
      } else {
        min -= d[v][1];
        max -= d[v][0];
      }
    }
    if (min > k.hi || max < k.lo) return null;
    if (min >= k.lo && max <= k.hi) continue;
    for (const { v, c } of k.terms) {
      const [lo, hi] = d[v];
      const tMin = c === 1 ? lo : -hi;
      const tMax = c === 1 ? hi : -lo;
      const upper = k.hi - (min - tMin);
      const lower = k.lo - (max - tMax);
      const [nlo, nhi] =
        c === 1 ? [Math.max(lo, lower), Math.min(hi, upper)] : [Math.max(lo, -upper), Math.min(hi, -lower)];
      if (nlo > nhi) return null;
      if (nlo !== lo || nhi !== hi) {
        d[v] = [nlo, nhi];
        // Keep the running sums right for the next terms of this constraint.
        if (c === 1) {
          min += nlo - lo;
          max += nhi - hi;
        } else {
          min -= nhi - hi;
          max -= nlo - lo;
        }
        for (const j of watching.get(v)!)
          if (!queued[j] && j !== i) {
            queued[j] = 1;
            queue.push(j);
          }
      }
    }
  }
  return d;
}
