import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import nodemailer, { type Transporter } from 'nodemailer';
import type { NotificationsConfig } from '@firecase/config';
import type { ClaimedDelivery } from '@firecase/persistence';
import type { DeliveryChannel, SendOutcome } from './delivery-channel';

/** The Message-ID of a delivery: the same on every attempt, so a resend is recognisably one mail. */
export function messageIdOf(delivery: Pick<ClaimedDelivery, 'dedupeKey'>): string {
  const digest = createHash('sha256').update(delivery.dedupeKey).digest('hex').slice(0, 32);
  return `<${digest}@notify.firecase>`;
}

/**
 * E-mail over SMTP (nodemailer). SMTP has no way to ask whether a message was taken: an attempt in
 * doubt is sent again with the same Message-ID. The server took responsibility only if it answered
 * 250 to the message; a dispatcher that died before recording that answer may cause a second copy
 * with the same Message-ID (RFC 1047), which mail clients show once.
 */
export class EmailChannel implements DeliveryChannel {
  private readonly transport: Transporter;

  constructor(private readonly config: NonNullable<NotificationsConfig['email']>) {
    this.transport = nodemailer.createTransport({
      host: config.host,
      port: config.port,
      secure: config.tls === 'implicit',
      requireTLS: config.tls === 'starttls',
      ignoreTLS: config.tls === 'off',
      auth: config.user ? { user: config.user, pass: config.password } : undefined,
      tls: config.caPath ? { ca: readFileSync(config.caPath, 'utf8') } : undefined,
      // Well inside the dispatcher's claim lease, so no other dispatcher takes over a live send.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  async send(delivery: ClaimedDelivery): Promise<SendOutcome> {
    try {
      const info = await this.transport.sendMail({
        from: this.config.from,
        to: { name: delivery.recipientName, address: delivery.address },
        subject: delivery.title,
        text: delivery.body,
        messageId: messageIdOf(delivery),
        headers: { 'X-Firecase-Delivery': delivery.dedupeKey },
      });
      return { ok: true, providerId: info.response };
    } catch (error) {
      return smtpFailure(error);
    }
  }

  async wasAccepted(): Promise<string | undefined> {
    return undefined;
  }

  close(): void {
    this.transport.close();
  }
}

/** 5xx is the server's final word (no such mailbox, refused); anything else may pass later. */
export function smtpFailure(error: unknown): SendOutcome {
  const e = error as { responseCode?: number; response?: string; code?: string; message?: string };
  const answer = e.response ?? `${e.code ?? 'ERROR'}: ${e.message ?? String(error)}`;
  const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500;
  return { ok: false, retry: !permanent, answer };
}
