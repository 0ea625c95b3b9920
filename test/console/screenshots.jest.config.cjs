// `npm run screenshots`: the console's main pages photographed in Chromium, desktop and phone,
// into docs/screenshots/ (shown by the README). It runs on a stack of its own, as the
// integration tests do (a throw-away PostgreSQL and Temporal dev server), loaded with the demo
// organisation and cases of `npm run seed:demo`, so it needs nothing running and changes no data.
const { join } = require('node:path');
const root = require('../../jest.config.js');

const rootDir = join(__dirname, '..', '..');

const integration = root.projects.find((project) => project.displayName === 'integration');

/** @type {import('jest').Config} */
module.exports = {
  rootDir,
  testTimeout: 600_000,
  projects: [
    {
      ...integration,
      rootDir,
      displayName: 'screenshots',
      testMatch: ['<rootDir>/test/console/screenshots.tour.ts'],
    },
  ],
};
