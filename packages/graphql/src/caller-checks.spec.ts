import 'reflect-metadata';

import { ALL_ROLES, buildPermissions, hasRole, Role } from '@mentorship/auth';
import { execute, parse } from 'graphql';
import { or, rule } from 'graphql-shield';
import { Directive, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';

import { buildSubgraph } from './subgraph';

@ObjectType()
class CcFigures {
  @Field(() => Int) count: number;
  @Field(() => Int) secret: number;
}

/** buildPermissions guards `_entities`, so the schema needs an entity. */
@ObjectType()
@Directive('@key(fields: "id")')
class CcThing {
  @Field(() => ID) id: string;
}

@Resolver()
class CcResolver {
  @Query(() => CcThing, { nullable: true })
  thing(): CcThing | null {
    return null;
  }

  @Query(() => CcFigures)
  figures(): CcFigures {
    return Object.assign(new CcFigures(), { count: 3, secret: 42 });
  }
}

const readsParent = rule('ccReadsParent', { cache: 'no_cache' })((parent: CcFigures) => parent.count === 3);
const admins = hasRole(Role.SCHOOL_ADMIN);

/** The same verdicts through shield alone: `or(x)` is a logic rule, which always stays in shield. */
const layers = {
  inLine: () =>
    buildPermissions({
      Query: { figures: admins, thing: admins },
      CcFigures: { '*': admins, secret: readsParent },
      CcThing: admins,
    }),
  shieldOnly: () =>
    buildPermissions({
      Query: { figures: or(admins), thing: or(admins) },
      CcFigures: { '*': or(admins), secret: readsParent },
      CcThing: or(admins),
    }),
};

const run = async (layer: keyof typeof layers, source: string, role?: Role) => {
  const schema = await buildSubgraph({ resolvers: [CcResolver], permissions: layers[layer]() });
  const principal = role ? { personId: 'p', districtId: 'd', schoolId: 's', role } : null;
  return execute({ schema, document: parse(source), contextValue: { principal } });
};

describe('caller-only rules checked in line', () => {
  it('give the answers shield gives, and refuse every other caller with the same FORBIDDEN', async () => {
    for (const role of [undefined, ...ALL_ROLES]) {
      const inLine = run('inLine', '{ figures { count } }', role);
      const viaShield = await run('shieldOnly', '{ figures { count } }', role);
      expect(await inLine).toEqual(viaShield);
      if (role === Role.SCHOOL_ADMIN) expect(viaShield).toEqual({ data: { figures: { count: 3 } } });
      else expect(viaShield.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    }
  });

  it('answer synchronously where the rules are the caller’s; one reading the parent stays in shield', async () => {
    const schema = await buildSubgraph({ resolvers: [CcResolver], permissions: layers.inLine() });
    const contextValue = { principal: { personId: 'p', districtId: 'd', schoolId: 's', role: Role.SCHOOL_ADMIN } };
    const counted = execute({ schema, document: parse('{ figures { count } }'), contextValue });
    const guarded = execute({ schema, document: parse('{ figures { secret } }'), contextValue });
    expect(counted).not.toBeInstanceOf(Promise);
    expect(guarded).toBeInstanceOf(Promise);
    expect(await guarded).toEqual({ data: { figures: { secret: 42 } } });
  });
});
