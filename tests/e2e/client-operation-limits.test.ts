import fs from 'node:fs';
import path from 'node:path';

import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { type PlanNode, QueryPlanner } from '@apollo/query-planner';
import { buildDistrictSchema } from '@mentorship/district';
import { EDGE_LIMITS, edgeProtection, operationCost } from '@mentorship/graphql';
import { buildSchoolSchema } from '@mentorship/school';
import {
  buildSchema,
  type DocumentNode,
  type GraphQLSchema,
  Kind,
  Lexer,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  Source,
  specifiedRules,
  TokenKind,
  validate,
} from 'graphql';

const ROOT = path.resolve(__dirname, '../..');
const manifest = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'packages/client/src/generated/persisted-documents.json'), 'utf8'),
) as Record<string, string>;
const supergraphSdl = fs.readFileSync(path.join(ROOT, 'schema/supergraph.graphql'), 'utf8');
const apiSchema = buildSchema(fs.readFileSync(path.join(ROOT, 'schema/api.graphql'), 'utf8'));

function tokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

function depth(document: DocumentNode): number {
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [],
    ),
  );
  const walk = (set: SelectionSetNode, level: number): number =>
    Math.max(
      level,
      ...set.selections.map((s) =>
        s.kind === Kind.FIELD
          ? s.selectionSet
            ? walk(s.selectionSet, level + 1)
            : level + 1
          : s.kind === Kind.INLINE_FRAGMENT
            ? walk(s.selectionSet, level)
            : walk(fragments.get(s.name.value)!, level),
      ),
    );
  return Math.max(
    ...document.definitions
      .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((o) => walk(o.selectionSet, 0)),
  );
}

function measure(schema: GraphQLSchema, text: string) {
  const document = parse(text, { maxTokens: EDGE_LIMITS.maxTokens });
  const errors = validate(schema, document, [
    ...specifiedRules,
    ...(edgeProtection({ NODE_ENV: 'production' }).validationRules ?? []),
  ]);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );
  const cost = operationCost(
    { getSchema: () => schema, getFragment: (name) => fragments[name] },
    operation.selectionSet,
    schema.getRootType(operation.operation)!,
    EDGE_LIMITS.cost,
  );
  return {
    name: operation.name?.value ?? '(anonymous)',
    errors: errors.map((e) => e.message),
    cost,
    tokens: tokens(text),
    depth: depth(document),
  };
}

function fetches(node: PlanNode | undefined): { serviceName: string; operation: string }[] {
  if (!node) return [];
  switch (node.kind) {
    case 'Fetch':
      return [{ serviceName: node.serviceName, operation: node.operation }];
    case 'Sequence':
    case 'Parallel':
      return node.nodes.flatMap(fetches);
    case 'Flatten':
      return fetches(node.node);
    case 'Condition':
      return [...fetches(node.ifClause), ...fetches(node.elseClause)];
    default:
      return [];
  }
}

/**
 * The limits are set from the client's operations: each one (the persisted-operations manifest,
 * which is every operation of packages/client) must pass them at the gateway, and every fetch
 * the gateway plans for it must pass them again at the subgraph that receives it.
 */
describe('every client operation passes the edge limits', () => {
  const operations = Object.values(manifest).map((text) => ({ text, ...measure(apiSchema, text) }));

  it('at the gateway', () => {
    console.log(
      `client operations (limits: cost ${EDGE_LIMITS.cost.maxCost}, depth ${EDGE_LIMITS.maxDepth}, ` +
        `tokens ${EDGE_LIMITS.maxTokens}):\n` +
        operations
          .map((o) => `  ${o.name.padEnd(24)} cost ${String(o.cost).padStart(6)}  depth ${o.depth}  tokens ${o.tokens}`)
          .join('\n'),
    );
    expect(operations.length).toBe(Object.keys(manifest).length);
    for (const o of operations) expect({ name: o.name, errors: o.errors }).toEqual({ name: o.name, errors: [] });
    const heaviest = Math.max(...operations.map((o) => o.cost));
    // Headroom: the heaviest legitimate operation uses at most a third of the budget.
    expect(heaviest * 3).toBeLessThanOrEqual(EDGE_LIMITS.cost.maxCost);
    expect(Math.max(...operations.map((o) => o.tokens)) * 3).toBeLessThanOrEqual(EDGE_LIMITS.maxTokens);
  });

  it('at each subgraph, as the gateway plans its fetches', async () => {
    const supergraph = Supergraph.build(supergraphSdl);
    const planner = new QueryPlanner(supergraph);
    const subgraphs: Record<string, GraphQLSchema> = {
      school: await buildSchoolSchema(),
      district: await buildDistrictSchema(),
    };
    const lines: string[] = [];
    for (const o of operations) {
      const plan = planner.buildQueryPlan(operationFromDocument(supergraph.schema, parse(o.text)));
      for (const fetch of fetches(plan.node as PlanNode | undefined)) {
        const m = measure(subgraphs[fetch.serviceName], fetch.operation);
        lines.push(
          `  ${o.name.padEnd(24)} → ${fetch.serviceName.padEnd(8)} cost ${String(m.cost).padStart(6)}  ` +
            `depth ${m.depth}  tokens ${m.tokens}`,
        );
        expect({ op: o.name, service: fetch.serviceName, errors: m.errors }).toEqual({
          op: o.name,
          service: fetch.serviceName,
          errors: [],
        });
      }
    }
    console.log(`subgraph fetches:\n${lines.join('\n')}`);
  });

  it('and the limits do refuse what no client sends', () => {
    const fanOut = measure(
      apiSchema,
      '{ schools(first: 100) { nodes { grades { classrooms { students(first: 100) { nodes { mentors { ' +
        'mentor { name } } } } } } } } }',
    );
    expect(fanOut.errors.join()).toMatch(/cost/);
  });
});
