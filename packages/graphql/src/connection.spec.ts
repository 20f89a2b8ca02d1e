import 'reflect-metadata';

import { GraphQLError } from 'graphql';

import { paginateFetchedForClient, paginateListForClient } from './connection';

const items = Array.from({ length: 23 }, (_, i) => ({ id: `item-${i}` }));
const key = (item: { id: string }) => item.id;

describe('paging a list computed in code', () => {
  it('pages through every item once, in the given order, with the total and pageInfo', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page = await paginateListForClient(items, { first: 5, after }, key);
      expect(page.totalCount).toBe(23);
      expect(page.cursors).toHaveLength(page.nodes.length);
      seen.push(...page.nodes.map(key));
      if (!page.hasNextPage) break;
      after = page.cursors[page.cursors.length - 1];
    }
    expect(seen).toEqual(items.map(key));
  });

  it('a page that ends the list says so; an empty list is an empty page', async () => {
    const last = await paginateListForClient(items, { first: 23 }, key);
    expect(last.nodes).toHaveLength(23);
    expect(last.hasNextPage).toBe(false);
    const empty = await paginateListForClient([], { first: 5 }, key);
    expect(empty).toEqual({ nodes: [], totalCount: 0, hasNextPage: false, cursors: [] });
  });

  it('a page stays where it was when items are added after it', async () => {
    const first = await paginateListForClient(items, { first: 5 }, key);
    const grown = [...items, { id: 'item-new' }];
    const second = await paginateListForClient(grown, { first: 5, after: first.cursors[4] }, key);
    expect(second.nodes.map(key)).toEqual(['item-5', 'item-6', 'item-7', 'item-8', 'item-9']);
  });

  it('a cursor that is not from the list is BAD_USER_INPUT naming `after`', async () => {
    for (const after of ['garbage', Buffer.from(JSON.stringify(['not-there'])).toString('base64url')]) {
      const error = await paginateListForClient(items, { first: 5, after }, key).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});

describe('paging a list a service reads with its total in one statement', () => {
  // The service's statement, here over an array: rows past the key, up to the limit, and the whole list's total.
  const fetch = async (afterKey: string | null, limit: number) => ({
    rows: items.slice(afterKey === null ? 0 : items.findIndex((i) => i.id === afterKey) + 1).slice(0, limit),
    totalCount: items.length,
  });

  it('asks for the key past the cursor and first + 1 rows, keeps the total, and ends on an empty page', async () => {
    const asked: [string | null, number][] = [];
    const spy = (afterKey: string | null, limit: number) => (asked.push([afterKey, limit]), fetch(afterKey, limit));
    const first = await paginateFetchedForClient({ first: 20 }, key, spy);
    expect(first).toMatchObject({ totalCount: 23, hasNextPage: true });
    const rest = await paginateFetchedForClient({ first: 20, after: first.cursors[19] }, key, spy);
    expect(rest).toMatchObject({ totalCount: 23, hasNextPage: false });
    expect(rest.nodes).toHaveLength(3);
    const past = await paginateFetchedForClient({ first: 20, after: rest.cursors[2] }, key, spy);
    expect(past).toEqual({ nodes: [], totalCount: 23, hasNextPage: false, cursors: [] });
    expect(asked.map(([, limit]) => limit)).toEqual([21, 21, 21]);
    expect(asked[0][0]).toBeNull();
    expect(asked[1][0]).toBe(first.nodes[19].id);
  });

  it('a cursor that is not from the list is BAD_USER_INPUT naming `after`, and nothing is read', async () => {
    const never = jest.fn(fetch);
    const error = await paginateFetchedForClient({ first: 5, after: 'nonsense' }, key, never).catch((e) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(never).not.toHaveBeenCalled();
  });
});
