// A real SMTP server (the `smtp-server` package) started by the test on loopback: the e-mail
// channel talks SMTP to it exactly as to the office's mail server, and the test reads what it
// received. A message counts as received only once the server has answered 250 to it.
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  readonly to: readonly string[];
  readonly from: string;
  readonly subject: string;
  readonly text: string;
  readonly messageId: string;
  /** Our X-Firecase-Delivery header: the delivery's dedupe key. */
  readonly deliveryKey: string;
}

export class SmtpTestServer {
  readonly received: ReceivedMail[] = [];
  /** Messages whose sender hung up before the server answered them: never accepted. */
  readonly abandoned: ReceivedMail[] = [];
  private holding?: {
    to?: string;
    held: () => void;
    release: Promise<void>;
    open: () => void;
  };
  private releaseHeld?: () => void;
  private readonly closedSessions = new Set<string>();
  private heldSession?: string;

  private constructor(private readonly server: SMTPServer) {}

  static async start(): Promise<SmtpTestServer> {
    const sink: { server?: SmtpTestServer } = {};
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        void sink.server!.take(stream, session, callback);
      },
      onClose(session) {
        sink.server!.closedSessions.add(session.id);
      },
    });
    const self = new SmtpTestServer(server);
    sink.server = self;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return self;
  }

  get port(): number {
    return (this.server.server.address() as AddressInfo).port;
  }

  /** Withholds the answer to the next message until `release()`; resolves when it has arrived. */
  holdNextAnswer(to?: string): Promise<void> {
    let held!: () => void;
    let open!: () => void;
    const arrived = new Promise<void>((resolve) => (held = resolve));
    const release = new Promise<void>((resolve) => (open = resolve));
    this.holding = { to, held, release, open };
    return arrived;
  }

  release(): void {
    this.releaseHeld?.();
    this.releaseHeld = undefined;
    this.holding?.open();
    this.holding = undefined;
  }

  /** Whether the sender of the withheld message has hung up (the server has seen it go). */
  heldSenderGone(): boolean {
    return this.heldSession !== undefined && this.closedSessions.has(this.heldSession);
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address));
  }

  async close(): Promise<void> {
    this.release();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async take(
    stream: NodeJS.ReadableStream,
    session: {
      id: string;
      envelope: { rcptTo: { address: string }[]; mailFrom: false | { address: string } };
    },
    callback: (error?: Error | null) => void,
  ) {
    const parsed = await simpleParser(stream as never);
    const mail: ReceivedMail = {
      to: session.envelope.rcptTo.map((r) => r.address),
      from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      messageId: parsed.messageId ?? '',
      deliveryKey: headerText(parsed.headers.get('x-firecase-delivery')),
    };
    const holding = this.holding;
    if (holding && (!holding.to || mail.to.includes(holding.to))) {
      this.holding = undefined;
      this.releaseHeld = holding.open;
      this.heldSession = session.id;
      holding.held();
      await holding.release;
      if (this.closedSessions.has(session.id)) {
        this.abandoned.push(mail);
        return;
      }
    }
    this.received.push(mail);
    callback();
  }
}

function headerText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
