import 'reflect-metadata';

import { graphql } from 'graphql';
import { allow, deny, rule, shield } from 'graphql-shield';
import { Directive, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';

import { buildSubgraph } from './subgraph';
import { valueTypeEntries } from './value-types';

@ObjectType()
@Directive('@key(fields: "id")')
class VtPerson {
  @Field(() => ID) id: string;
  @Field() secret: string;
}

@ObjectType()
class VtRow {
  @Field(() => VtPerson) person: VtPerson;
  @Field(() => Int) done: number;
  @Field(() => Int, { name: 'total' }) get sum(): number {
    return this.done + 1;
  }
}

@Resolver()
class VtResolver {
  @Query(() => [VtRow])
  rows(): VtRow[] {
    return [1, 2].map((n) => Object.assign(new VtRow(), { done: n, person: { id: `p${n}`, secret: `s${n}` } }));
  }
}

describe('value types', () => {
  const build = async (valueTypes: string[], rowRule = deny) => {
    let rowChecks = 0;
    const counted = rule({ cache: 'no_cache' })(() => {
      rowChecks += 1;
      return rowRule === allow;
    });
    const permissions = shield(
      { Query: { rows: allow, _entities: allow }, VtRow: counted, VtPerson: { id: allow, secret: deny } },
      { fallbackRule: deny, allowExternalErrors: true },
    );
    const schema = await buildSubgraph({
      resolvers: [VtResolver],
      permissions,
      valueTypes,
      referenceResolvers: { VtPerson: { __resolveReference: (r: { id: string }) => r } },
    });
    return { schema, checks: () => rowChecks };
  };

  it('answers a value type without its field rules, through its own resolvers (a getter named apart)', async () => {
    const { schema, checks } = await build(['VtRow']);
    const result = await graphql({ schema, source: '{ rows { done total person { id } } }', contextValue: {} });
    expect(result).toEqual({
      data: {
        rows: [
          { done: 1, total: 2, person: { id: 'p1' } },
          { done: 2, total: 3, person: { id: 'p2' } },
        ],
      },
    });
    expect(checks()).toBe(0);
  });

  it('keeps the rules of an entity reached through a value type', async () => {
    const { schema } = await build(['VtRow']);
    const result = await graphql({ schema, source: '{ rows { person { secret } } }', contextValue: {} });
    expect(result.data).toBeNull();
    expect(result.errors?.[0].path).toEqual(['rows', 0, 'person', 'secret']);
  });

  it('without the declaration, every cell runs its rule', async () => {
    const { schema, checks } = await build([], allow);
    await graphql({ schema, source: '{ rows { done total } }', contextValue: {} });
    expect(checks()).toBe(4);
  });

  it('refuses an entity or a root type as a value type', async () => {
    await expect(build(['VtPerson'])).rejects.toThrow('value type VtPerson is a federation entity');
    await expect(build(['Query'])).rejects.toThrow('value type Query is a root type');
  });

  it('lists the fields that return a value type', async () => {
    const { schema } = await build(['VtRow']);
    expect(valueTypeEntries(schema, ['VtRow'])).toEqual(['Query.rows']);
  });
});
