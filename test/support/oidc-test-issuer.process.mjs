// A real OpenID Connect issuer for the tests (oauth2-mock-server: discovery, JWKS, RS256 keys),
// in a child process because the package is ES-module-only and Jest runs the tests as CommonJS.
// The test asks it over IPC to sign ID tokens and to rotate a key in; see oidc-test-issuer.ts.
import { OAuth2Server } from 'oauth2-mock-server';

const server = new OAuth2Server();
await server.issuer.keys.generate('RS256', { kid: 'first' });
await server.start(0, '127.0.0.1');
server.issuer.url = `http://127.0.0.1:${server.address().port}`;

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
