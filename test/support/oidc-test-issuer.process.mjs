// A real OpenID Connect issuer for the tests (oauth2-mock-server: discovery, JWKS, RS256 keys),
// in a child process because the package is ES-module-only and Jest runs the tests as CommonJS.
// The test asks it over IPC to sign ID tokens, to rotate a key in and how often its JWKS was
// fetched; see oidc-test-issuer.ts.
import { createServer } from 'node:http';
import { OAuth2Issuer, OAuth2Service } from 'oauth2-mock-server';

const issuer = new OAuth2Issuer();
const service = new OAuth2Service(issuer);
let jwksFetches = 0;
const http = createServer((request, response) => {
  if (request.url?.startsWith('/jwks')) jwksFetches += 1;
  service.requestHandler(request, response);
});
await issuer.keys.generate('RS256', { kid: 'first' });
await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
issuer.url = `http://127.0.0.1:${http.address().port}`;
const server = { issuer, stop: () => new Promise((resolve) => http.close(resolve)) };

const operations = {
  /** An ID token signed by the issuer's key `kid`, with `claims` over the defaults. */
  sign: ({ kid, claims }) =>
    server.issuer.buildToken({
      kid,
      scopesOrTransform: (_header, payload) => {
        for (const [name, value] of Object.entries(claims)) {
          if (value === null) delete payload[name];
          else payload[name] = value;
        }
      },
    }),
  jwksFetches: async () => String(jwksFetches),
  rotate: async ({ kid }) => {
    await server.issuer.keys.generate('RS256', { kid });
    return kid;
  },
  stop: async () => {
    await server.stop();
    return 'stopped';
  },
};

process.on('message', ({ id, operation, args }) => {
  operations[operation](args).then(
    // Once stopped, leaving the IPC channel lets the process end by itself.
    (result) => process.send({ id, result }, () => operation === 'stop' && process.disconnect()),
    (error) => process.send({ id, error: String(error) }),
  );
});
process.send({ ready: server.issuer.url });
