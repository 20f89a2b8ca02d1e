import {
  InvalidCursorError,
  type Page,
  type PageRequest,
  paginate,
  paginateArray,
  paginateFetched,
} from '@mentorship/db';
import { Max, Min } from 'class-validator';
import { ArgsType, type ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { userInputError } from './errors';

export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Relay page information.' })
@Directive('@shareable')
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE, { message: `first must not be greater than ${MAX_PAGE_SIZE}` })
  first: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
  after?: string | null;
}

/** Builds `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function connectionOf<T extends object>(node: ClassType<T>, name = node.name) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    constructor(readonly page: Page<T>) {}

    @Field(() => Int) get totalCount(): number {
      return this.page.totalCount;
    }
    @Field(() => [node]) get nodes(): T[] {
      return this.page.nodes;
    }
    @Field(() => [Edge]) get edges(): Edge[] {
      return this.page.nodes.map((n, i) => Object.assign(new Edge(), { node: n, cursor: this.page.cursors[i] }));
    }
    @Field(() => PageInfo) get pageInfo(): PageInfo {
      return Object.assign(new PageInfo(), {
        hasNextPage: this.page.hasNextPage,
        hasPreviousPage: false,
        startCursor: this.page.cursors[0] ?? null,
        endCursor: this.page.cursors[this.page.cursors.length - 1] ?? null,
      });
    }
  }
  return { Connection, Edge };
}

/** An invalid cursor becomes BAD_USER_INPUT on `after`, here and nowhere else. */
async function reportingCursorErrors<R>(page: () => R | Promise<R>): Promise<R> {
  try {
    return await page();
  } catch (error) {
    if (error instanceof InvalidCursorError) throw userInputError('after', error.message);
    throw error;
  }
}

/**
 * The one way to page a list for GraphQL: Relay-style `paginate` (bounded `first`, see PageArgs),
 * with an invalid cursor reported once, here, as BAD_USER_INPUT on `after`.
 */
export function paginateForClient<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  request: PageRequest,
  key: { column: string; value: (row: T) => string; descending?: boolean },
): Promise<Page<T>> {
  return reportingCursorErrors(() => paginate(query, request, key));
}

/**
 * The same for a list computed in code (already ordered, already scoped to what the caller may
 * see): `key` is unique within the list and becomes the cursor.
 */
export function paginateListForClient<T>(
  items: readonly T[],
  request: PageRequest,
  key: (item: T) => string,
): Promise<Page<T>> {
  return reportingCursorErrors(() => paginateArray(items, request, key));
}

/**
 * The same for a page a service reads in one statement with its total (see `paginateFetched`): the cursor's
 * key and the row limit go to `fetch`, the cursor format stays the one above.
 */
export function paginateFetchedForClient<T>(
  request: PageRequest,
  key: (row: T) => string,
  fetch: (afterKey: string | null, limit: number) => Promise<{ rows: T[]; totalCount: number }>,
): Promise<Page<T>> {
  return reportingCursorErrors(() => paginateFetched(request, key, fetch));
}
