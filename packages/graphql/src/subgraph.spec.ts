import 'reflect-metadata';

import { graphql } from 'graphql';
import { allow, shield } from 'graphql-shield';
import { Directive, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';

import { buildSubgraph } from './subgraph';

@ObjectType()
class SpecInner {
  @Field(() => Int) count: number;
}

@ObjectType()
class SpecFigures {
  @Field(() => Int) students: number;
  @Field(() => SpecInner) inner: SpecInner;
}

@Resolver()
class SpecResolver {
  @Query(() => SpecFigures)
  figures(): SpecFigures {
    return Object.assign(new SpecFigures(), { students: 7, inner: { count: 3 } });
  }
}

const permissions = shield(
  { Query: { figures: allow }, SpecFigures: allow, SpecInner: allow },
  { fallbackRule: allow },
);

describe('buildSubgraph value types', () => {
  it('refuses a value type that leads to a type that is not one', async () => {
    await expect(
      buildSubgraph({ resolvers: [SpecResolver], permissions, valueTypes: ['SpecFigures'] }),
    ).rejects.toThrow('SpecFigures.inner leads to SpecInner, which is neither a value type nor an entity');
  });

  it('reads value types as plain properties, and answers the same', async () => {
    const schema = await buildSubgraph({
      resolvers: [SpecResolver],
      permissions,
      valueTypes: ['SpecFigures', 'SpecInner'],
    });
    const result = await graphql({ schema, source: '{ figures { students inner { count } } }', contextValue: {} });
    expect(result).toEqual({ data: { figures: { students: 7, inner: { count: 3 } } } });
  });
});

@ObjectType()
@Directive('@key(fields: "id")')
class SpecThing {
  @Field(() => ID) id: string;
}

@Resolver()
class SpecThingResolver {
  @Query(() => SpecThing, { nullable: true })
  thing(): SpecThing | null {
    return null;
  }
}

describe('buildSubgraph _entities', () => {
  const entities = '{ _entities(representations: $r) { __typename ... on SpecThing { id } } }';
  const run = async (representations: unknown[]) => {
    const schema = await buildSubgraph({
      resolvers: [SpecResolver, SpecThingResolver],
      permissions: shield({}, { fallbackRule: allow }),
      referenceResolvers: {
        SpecThing: {
          __resolveReference: async (ref: { id: string }) => Object.assign(new SpecThing(), { id: ref.id }),
        },
      },
    });
    return graphql({
      schema,
      source: `query($r: [_Any!]!) ${entities}`,
      variableValues: { r: representations },
      contextValue: {},
    });
  };

  it(
    'refuses a representation of a type that is not an entity here, alone and as NOT_FOUND, never as an ' +
      'internal error',
    async () => {
      const result = await run([
        { __typename: 'SpecFigures', id: 'a' },
        { __typename: 'SpecThing', id: 'b' },
        { __typename: 'Nope' },
        'not an object',
      ]);
      expect(result.data).toEqual({ _entities: [null, { __typename: 'SpecThing', id: 'b' }, null, null] });
      expect(result.errors?.map((e) => [e.path, e.message, e.extensions.code])).toEqual([
        [['_entities', 0], 'No such entity here.', 'NOT_FOUND'],
        [['_entities', 2], 'No such entity here.', 'NOT_FOUND'],
        [['_entities', 3], 'No such entity here.', 'NOT_FOUND'],
      ]);
    },
  );
});
