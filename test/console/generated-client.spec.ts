// The console's API types are generated from the OpenAPI document the API serves; this fails
// when they were not regenerated after the API changed (`npm run generate:client`). It checks
// the built API (npm test builds first), in a child process: openapi-typescript is an ES module
// that Jest's CommonJS runtime cannot load.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

describe('the console’s generated API client', () => {
  it('matches the OpenAPI document the API serves now', () => {
    const result = spawnSync(process.execPath, ['tools/generate-console-client.mjs', '--check'], {
      cwd: join(__dirname, '..', '..'),
      encoding: 'utf8',
    });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    expect(result.stdout).toContain('the console client matches the API');
  });
});
