/**
 * One jest run for the whole repo: unit specs beside the code (`*.spec.ts`), and cross-service
 * tests in tests/ (`*.test.ts`). Workspace packages resolve to their TypeScript sources.
 * A throwaway embedded PostgreSQL starts once in globalSetup; each test file makes its own databases.
 * The summary reporter is loaded compiled (jest does not transform reporters): run `pnpm build` first.
 */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/services', '<rootDir>/tests'],
  testMatch: ['**/src/**/*.spec.ts', '<rootDir>/tests/**/*.test.ts'],
  // tests/infra needs kubectl/podman and minutes: `pnpm test:infra` runs it (tests/infra/jest.config.js).
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/tests/infra/'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleNameMapper: {
    '^@mentorship/(school|district|gateway)$': '<rootDir>/services/$1/src',
    '^@mentorship/(db|auth|graphql|demo-data|testing|devstack|spreadsheet|client|observability)$':
      '<rootDir>/packages/$1/src',
  },
  globalSetup: '<rootDir>/packages/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/packages/testing/src/global-teardown.ts',
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/packages/testing/dist/summary-reporter.js'],
};
