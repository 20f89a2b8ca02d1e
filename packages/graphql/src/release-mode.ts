/**
 * graphql-js chooses its internal `instanceOf` once, when it is first loaded: unless
 * NODE_ENV=production it is a development check that, on every failed `instanceof` (isListType
 * on an object type, …), inspects the value for a second copy of graphql. Under load that was a
 * tenth of a subgraph's CPU (issue 15's profiles). The platform has exactly one copy (pinned in
 * the pnpm catalog; the in-process test suites still run the check), so each service's entry
 * point imports this module first and gets the production `instanceOf` whatever NODE_ENV says,
 * without setting NODE_ENV itself, which would turn on production's demands (real secrets, gateway
 * proofs, no demo sign-in) on a developer's machine.
 */
const previous = process.env.NODE_ENV;
process.env.NODE_ENV = 'production';
try {
  require('graphql');
} finally {
  if (previous === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = previous;
}

export {};
