/**
 * An exact integer solver for disclosure audits (services/school/DISCLOSURE.md): unknown counts are
 * integer variables in bounded ranges, every published figure is a linear constraint on them
 * (a sum equal to a number, within a band, at least one …), and a withheld cell is *determined*
 * when every integer solution gives it the same value. Bounds propagation plus complete
 * backtracking (domain bisection), so "not determined" is proven by a witness solution, and
 * "determined" by exhausting the search.
 */

import { type Constraint, type Domains, propagateBounds } from './disclosure-propagation';

export type { Constraint };

export class IntegerModel {
  readonly domains: Domains = [];
  readonly names: string[] = [];
  readonly constraints: Constraint[] = [];
  /**
   * Search nodes visited so far; one question may take at most nodeLimit (a pathological case fails loudly instead of
   * hanging).
   */
  nodes = 0;

  constructor(private readonly nodeLimit = 50_000) {}

  variable(name: string, lo: number, hi: number): number {
    this.domains.push([lo, hi]);
    this.names.push(name);
    return this.domains.length - 1;
  }

  /** Σ vars (+1 each) within [lo, hi]. */
  sum(vars: readonly number[], lo: number, hi: number, source?: string) {
    this.constraints.push({ terms: vars.map((v) => ({ v, c: 1 as const })), lo, hi, source });
  }

  /** total = Σ parts: a named sub-total, so nested sums form a tree that bounds propagation solves exactly. */
  total(total: number, parts: readonly number[], source?: string) {
    this.constraints.push({
      terms: [{ v: total, c: 1 }, ...parts.map((v) => ({ v, c: -1 as const }))],
      lo: 0,
      hi: 0,
      source,
    });
  }

  /** a − b within [lo, hi]. */
  difference(a: number, b: number, lo: number, hi: number, source?: string) {
    this.constraints.push({
      terms: [
        { v: a, c: 1 },
        { v: b, c: -1 },
      ],
      lo,
      hi,
      source,
    });
  }

  /** Bounds consistency to a fixpoint; null when infeasible. */
  private propagate(domains: Domains, extra: Constraint[]): Domains | null {
    return propagateBounds(domains, extra.length ? [...this.constraints, ...extra] : this.constraints);
  }

  /**
   * One integer solution satisfying every constraint and `extra`, or null when there is none.
   * Given a known solution of the model without `extra` (the true counts), only the variables
   * connected to `extra` through constraints are searched: the rest keep their known values, which
   * cannot make the whole infeasible. Variables of `extra` are branched on first.
   */
  solve(extra: Constraint[] = [], known?: readonly number[]): number[] | null {
    let scope: Set<number> | null = null;
    let constraints = this.constraints;
    if (known && extra.length) {
      scope = this.component(extra.flatMap((k) => k.terms.map((t) => t.v)));
      constraints = this.constraints.filter((k) => scope!.has(k.terms[0].v));
    }
    const first = new Set(extra.flatMap((k) => k.terms.map((t) => t.v)));
    const all = [...constraints, ...extra];
    const limit = this.nodes + this.nodeLimit;
    /**
     * Depth-first over bounded domains. With `known`, the search is solution-guided and limited in
     * discrepancies: the value nearest the truth costs nothing, leaving it costs one of `budget`.
     * A witness usually differs from the truth in a few places (the cell and what compensates it),
     * and a discrepancy bound keeps the search from thrashing over the irrelevant rest; the last
     * pass has no bound, so the answer stays exact.
     */
    const search = (domains: Domains, budget: number): Domains | null => {
      if (++this.nodes > limit)
        throw new Error(`disclosure solver: more than ${this.nodeLimit} search nodes for one question`);
      const d = propagateBounds(domains, all);
      if (!d) return null;
      let pick = -1;
      const open = (i: number) => d[i][1] > d[i][0] && (!scope || scope.has(i));
      for (const i of first) if (open(i) && (pick < 0 || d[i][1] - d[i][0] < d[pick][1] - d[pick][0])) pick = i;
      if (pick < 0)
        for (let i = 0; i < d.length; i++)
          if (open(i) && (pick < 0 || d[i][1] - d[i][0] < d[pick][1] - d[pick][0])) pick = i;
      if (pick < 0) return d;
      if (known) {
        // Often the truth, clamped into what is left, already satisfies everything: no need to branch.
        const guess = d.map(([lo, hi], i) => [Math.min(hi, Math.max(lo, known[i]))] as [number]);
        if (
          all.every((k) => {
            const t = k.terms.reduce((acc, { v, c }) => acc + c * guess[v][0], 0);
            return t >= k.lo && t <= k.hi;
          })
        ) {
          return guess.map(([x]) => [x, x] as [number, number]);
        }
      }
      const [lo, hi] = d[pick];
      const narrowed = (range: [number, number]) => {
        const next = d.map((x) => [...x] as [number, number]);
        next[pick] = range;
        return next;
      };
      if (!known) {
        const mid = Math.floor((lo + hi) / 2);
        return search(narrowed([lo, mid]), budget) ?? search(narrowed([mid + 1, hi]), budget);
      }
      const v = Math.min(hi, Math.max(lo, known[pick]));
      let found = search(narrowed([v, v]), budget);
      if (budget > 0) {
        if (!found && v > lo) found = search(narrowed([lo, v - 1]), budget - 1);
        if (!found && v < hi) found = search(narrowed([v + 1, hi]), budget - 1);
      }
      return found;
    };
    const start: Domains = scope
      ? this.domains.map((dom, i) => (scope!.has(i) ? dom : [known![i], known![i]]))
      : this.domains;
    let d: Domains | null = null;
    if (known) for (const budget of [0, 1, 2, 3]) if ((d = search(start, budget))) break;
    d ??= search(start, Number.POSITIVE_INFINITY);
    return d && d.map(([v]) => v);
  }

  /** The variables linked to `from` through constraints. */
  private component(from: number[]): Set<number> {
    if (!this.links || this.linked !== this.constraints.length) {
      this.links = this.domains.map(() => [] as number[]);
      for (const k of this.constraints)
        for (const t of k.terms) for (const u of k.terms) if (u.v !== t.v) this.links[t.v].push(u.v);
      this.linked = this.constraints.length;
    }
    const seen = new Set(from);
    const queue = [...from];
    while (queue.length)
      for (const next of this.links[queue.pop()!])
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
    return seen;
  }

  private links: number[][] | null = null;
  private linked = 0;

  /** The exact range of Σ vars over all integer solutions (null when there is no solution). */
  range(vars: readonly number[]): { min: number; max: number } | null {
    const first = this.solve();
    if (!first) return null;
    const value = (s: number[]) => vars.reduce((t, v) => t + s[v], 0);
    const at = (lo: number, hi: number) => this.solve([{ terms: vars.map((v) => ({ v, c: 1 as const })), lo, hi }]);
    const bounds = this.propagate(this.domains, []);
    const [loBound, hiBound] = vars.reduce(([a, b], v) => [a + bounds![v][0], b + bounds![v][1]], [0, 0]);
    // Binary search on "a solution with the sum ≤ t exists" (monotone in t), and the same for ≥.
    let [lo, hi] = [loBound, value(first)];
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (at(Number.NEGATIVE_INFINITY, mid)) hi = mid;
      else lo = mid + 1;
    }
    const min = lo;
    [lo, hi] = [value(first), hiBound];
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (at(mid, Number.POSITIVE_INFINITY)) lo = mid;
      else hi = mid - 1;
    }
    return { min, max: lo };
  }

  /**
   * The cells (sums of variables) that every solution gives one and the same value. Each solution
   * found witnesses every cell whose value differs from the truth in it, so few searches are needed.
   */
  determinedCells(
    cells: readonly { name: string; vars: readonly number[]; truth: number }[],
    known?: readonly number[],
  ): { name: string; value: number }[] {
    const open = new Set(cells.map((_, i) => i));
    const value = (s: number[], vars: readonly number[]) => vars.reduce((t, v) => t + s[v], 0);
    const determined: { name: string; value: number }[] = [];
    const bounds = this.propagate(this.domains, []);
    for (let i = 0; i < cells.length; i++) {
      if (!open.has(i)) continue;
      const cell = cells[i];
      const terms = cell.vars.map((v) => ({ v, c: 1 as const }));
      const below = { terms, lo: Number.NEGATIVE_INFINITY, hi: cell.truth - 1 };
      const above = { terms, lo: cell.truth + 1, hi: Number.POSITIVE_INFINITY };
      // The side with more room under plain propagation first: that is where a witness usually is.
      const [min, max] = cell.vars.reduce(([a, b], v) => [a + bounds![v][0], b + bounds![v][1]], [0, 0]);
      const order = max - cell.truth > cell.truth - min ? [above, below] : [below, above];
      let witness: number[] | null;
      try {
        witness = this.solve([order[0]], known) ?? this.solve([order[1]], known);
      } catch (error) {
        throw new Error(
          `${error instanceof Error ? error.message : error} (is ${cell.name} = ${cell.truth} determined?)`,
        );
      }
      if (!witness) {
        determined.push({ name: cell.name, value: cell.truth });
        open.delete(i);
        continue;
      }
      for (const j of open) if (value(witness, cells[j].vars) !== cells[j].truth) open.delete(j);
    }
    return determined;
  }
}
