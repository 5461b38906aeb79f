/** Jest: TypeScript through SWC; type checking is `npm run typecheck` (part of `npm test`). */
const { existsSync } = require('node:fs');
const { join } = require('node:path');

module.exports = {
  testEnvironment: 'node',
  roots: ['src', 'bot', 'tab', 'tests'].filter((dir) => existsSync(join(__dirname, dir))).map((dir) => `<rootDir>/${dir}`),
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testMatch: ['**/*.test.ts'],
  // the tests that start bin/sesiona.js or `npm start` run dist/: built from the sources first
  globalSetup: '<rootDir>/tests/support/build-dist.ts',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }] },
  testTimeout: 30000,
  // most suites wait on sockets, browsers and rate-limit windows, not the CPU: two workers halve the run on two cores
  maxWorkers: 2,
};
