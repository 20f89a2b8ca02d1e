import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export interface PageRequest {
  first: number;
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  hasNextPage: boolean;
  cursors: string[];
}

export class InvalidCursorError extends Error {}

const encode = (value: string) => Buffer.from(JSON.stringify([value]), 'utf8').toString('base64url');
function decode(cursor: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && typeof parsed[0] === 'string') return parsed[0];
  } catch {
    /* fall through */
  }
  throw new InvalidCursorError(`"${cursor}" is not a cursor from this list.`);
}

/**
 * Keyset pagination over a column that is unique within the query's scope (a natural key
 * such as a student number), ascending or (latest first) descending: pages stay stable while
 * rows are added, and cost two statements (the page, and the total count) however deep the page is.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  request: PageRequest,
  key: { column: string; value: (row: T) => string; descending?: boolean },
): Promise<Page<T>> {
  const pageQuery = query
    .clone()
    .orderBy(key.column, key.descending ? 'DESC' : 'ASC')
    .limit(request.first + 1);
  if (request.after) {
    pageQuery.andWhere(`${key.column} ${key.descending ? '<' : '>'} :afterKey`, { afterKey: decode(request.after) });
  }
  // Two statements, sent together: a page costs one round trip of waiting, not two.
  const [totalCount, rows] = await Promise.all([query.clone().getCount(), pageQuery.getMany()]);
  const nodes = rows.slice(0, request.first);
  return {
    nodes,
    totalCount,
    hasNextPage: rows.length > request.first,
    cursors: nodes.map((n) => encode(key.value(n))),
  };
}

/**
 * The same page over a list already computed in code, in the order given: the cursor is the
 * item's key (unique within the list), so a page stays where it was when items are added after it.
 */
export function paginateArray<T>(items: readonly T[], request: PageRequest, key: (item: T) => string): Page<T> {
  let start = 0;
  if (request.after) {
    const afterKey = decode(request.after);
    start = items.findIndex((item) => key(item) === afterKey) + 1;
    if (start === 0) throw new InvalidCursorError(`"${request.after}" is not a cursor from this list.`);
  }
  const nodes = items.slice(start, start + request.first);
  return {
    nodes,
    totalCount: items.length,
    hasNextPage: start + request.first < items.length,
    cursors: nodes.map((n) => encode(key(n))),
  };
}

/**
 * The same keyset page for a query a service writes itself, counted in the same statement: `fetch` gets the
 * key the cursor points past (null on the first page) and a row limit (`first + 1`), and returns those rows
 * with the total of the whole list, which it must count without the cursor's condition (so the total is the
 * same on every page, and known on an empty page past the end).
 */
export async function paginateFetched<T>(
  request: PageRequest,
  key: (row: T) => string,
  fetch: (afterKey: string | null, limit: number) => Promise<{ rows: T[]; totalCount: number }>,
): Promise<Page<T>> {
  const { rows, totalCount } = await fetch(request.after ? decode(request.after) : null, request.first + 1);
  const nodes = rows.slice(0, request.first);
  return { nodes, totalCount, hasNextPage: rows.length > request.first, cursors: nodes.map((n) => encode(key(n))) };
}
