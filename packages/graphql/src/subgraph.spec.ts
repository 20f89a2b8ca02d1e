import 'reflect-metadata';
import { graphql } from 'graphql';
import { allow, shield } from 'graphql-shield';
import { Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
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

const permissions = shield({ Query: { figures: allow }, SpecFigures: allow, SpecInner: allow }, { fallbackRule: allow });

describe('buildSubgraph value types', () => {
  it('refuses a value type that leads to a type that is not one', async () => {
    await expect(buildSubgraph({ resolvers: [SpecResolver], permissions, valueTypes: ['SpecFigures'] })).rejects.toThrow('SpecFigures.inner leads to SpecInner, which is not a value type');
  });

  it('reads value types as plain properties, and answers the same', async () => {
    const schema = await buildSubgraph({ resolvers: [SpecResolver], permissions, valueTypes: ['SpecFigures', 'SpecInner'] });
    const result = await graphql({ schema, source: '{ figures { students inner { count } } }', contextValue: {} });
    expect(result).toEqual({ data: { figures: { students: 7, inner: { count: 3 } } } });
  });
});
