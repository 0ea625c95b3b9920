import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';

/** The local test issuer (oidc-test-issuer.process.mjs), driven from the test over IPC. */
export class OidcTestIssuer {
  private next = 0;
  private readonly pending = new Map<
    number,
    (reply: { result?: string; error?: string }) => void
  >();

  private constructor(
    private readonly child: ChildProcess,
    /** `iss` of its tokens; the base of its discovery document and JWKS. */
    readonly url: string,
  ) {
    child.on('message', (reply: { id: number; result?: string; error?: string }) => {
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
  }

  static async start(): Promise<OidcTestIssuer> {
    const child = fork(join(__dirname, 'oidc-test-issuer.process.mjs'), { stdio: 'inherit' });
    const url = await new Promise<string>((resolve, reject) => {
      child.once('message', (message: { ready: string }) => resolve(message.ready));
      child.once('exit', (code) => reject(new Error(`the test issuer exited with ${code}`)));
    });
    return new OidcTestIssuer(child, url);
  }

  /** An ID token signed with key `kid`; a claim given as null is left out. */
  sign(claims: Record<string, unknown>, kid = 'first'): Promise<string> {
    return this.ask('sign', { kid, claims });
  }

  /** Generates a new signing key and publishes it in the JWKS. */
  rotateIn(kid: string): Promise<string> {
    return this.ask('rotate', { kid });
  }

  /** How many times the issuer's JWKS was fetched since it started. */
  async jwksFetches(): Promise<number> {
    return Number(await this.ask('jwksFetches', {}));
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.ask('stop', {});
    await exited;
  }

  private ask(operation: string, args: object): Promise<string> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (reply) =>
        reply.error === undefined ? resolve(reply.result ?? '') : reject(new Error(reply.error)),
      );
      this.child.send({ id, operation, args });
    });
  }
}
