import 'reflect-metadata';

import { GraphQLError } from 'graphql';

import { paginateListForClient } from './connection';

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
