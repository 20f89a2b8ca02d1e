/**
 * `pnpm test:infra` only (infra/scripts/test-infra.sh): the deployment checks, which need
 * kubectl (and, for the images, podman) and take minutes. The default `jest` run skips tests/infra/.
 */
const base = require('../../jest.config.js');

module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/infra'],
  testMatch: ['<rootDir>/tests/infra/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: base.transform,
  moduleNameMapper: base.moduleNameMapper,
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/packages/testing/dist/summary-reporter.js'],
};
