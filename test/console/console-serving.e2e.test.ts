// The API serves the built console at / without shadowing any API route, /docs or /health:
// every GET of the OpenAPI document, asked for as a browser would (Accept: text/html), still
// answers as the API, and the console's own routes survive a reload.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useRealStack } from '../support/real-stack';
import { signedInUser } from '../support/signed-in-user';

const CONSOLE_DIST = join(__dirname, '..', '..', 'apps', 'console', 'dist');
const INDEX_MARK = '<div id="root"></div>';
const HTML = { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

describe('the console served by the API (HTTP, real stack)', () => {
  const stack = useRealStack({ api: true });
  const officer = signedInUser(stack, { role: 'officer', communities: ['Taibai Community'] });

  it('answers / and every console route a browser reloads with index.html, not cached', async () => {
    for (const path of [
      '/',
      '/login',
      '/workbench',
      '/ledger',
      '/case/TB-2024-000001',
      '/system/users',
    ]) {
      const response = await stack.http().get(path).set(HTML);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(response.text).toContain(INDEX_MARK);
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves the hashed assets for a year, and 404s an unknown file without sending the page', async () => {
    const asset = readdirSync(join(CONSOLE_DIST, 'assets')).find((name) => name.endsWith('.js'));
    const response = await stack.http().get(`/assets/${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
    const missing = await stack.http().get('/assets/no-such-file.js').set(HTML);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ statusCode: 404 });
    const escape = await stack.http().get('/assets/..%2f..%2fpackage.json').set(HTML);
    expect(escape.status).toBe(404);
  });

  it('does not shadow any GET of the API, /docs or /health', async () => {
    const document = (await stack.http().get('/docs-json')).body as {
      paths: Record<string, object>;
    };
    const paths = Object.entries(document.paths)
      .filter(([, operations]) => 'get' in operations)
      .map(([path]) => path.replace(/\{[^}]+\}/g, 'TB-2024-000001'));
    expect(paths.length).toBeGreaterThan(10);
    for (const path of [...paths, '/health', '/docs']) {
      const response = await stack.http().get(path).set(HTML);
      expect({ path, console: response.text?.includes(INDEX_MARK) ?? false }).toEqual({
        path,
        console: false,
      });
    }
    expect((await stack.http().get('/cases').set(HTML)).status).toBe(401);
    expect((await stack.http().get('/docs').set(HTML)).text).toContain('swagger');
  });

  it('answers a path that is neither the API nor a page with the API’s 404 for non-browsers', async () => {
    const response = await stack.http().get('/no-such-endpoint').set('Accept', 'application/json');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('lets blob: images through its Content-Security-Policy, and nothing from elsewhere', async () => {
    const csp = (await stack.http().get('/').set(HTML)).headers['content-security-policy'];
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('tells the sign-in page how users sign in, before anyone has', async () => {
    const response = await stack.http().get('/console/sign-in-options');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ localPasswords: true });
  });

  it('tells a signed-in user who they are and what the organisation is', async () => {
    const me = await stack.http().get('/me').set(officer);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      role: 'officer',
      departmentCode: 'planning_environment',
      communityCodes: ['Taibai Community'],
    });
    const organisation = await stack.http().get('/organisation').set(officer);
    expect(organisation.status).toBe(200);
    expect(organisation.body.departments).toHaveLength(6);
    expect(organisation.body.communities).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'Taibai Community' })]),
    );
    expect((await stack.http().get('/me')).status).toBe(401);
  });
});
