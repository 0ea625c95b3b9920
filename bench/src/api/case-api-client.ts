import { BenchAbort } from '../bench-abort';

import type { BenchRole as Role } from './bench-users';

/** The case API over HTTP, as a client in the field would call it (README's curl walkthrough). */
export class CaseApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly tokens: Readonly<Record<Role, string>> = { officer: '', supervisor: '' },
  ) {}

  /** The same client, signed in (see bench-users.ts). */
  signedIn(tokens: Readonly<Record<Role, string>>): CaseApiClient {
    return new CaseApiClient(this.baseUrl, tokens);
  }

  /** One clear line when nothing answers, or the stack says it is not healthy. */
  async checkHealth(): Promise<void> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}/health`, { signal: AbortSignal.timeout(5_000) });
    } catch {
      throw new BenchAbort(
        `the API is not answering at ${this.baseUrl}: start the stack with \`npm start\` in another terminal (or set API_URL)`,
      );
    }
    if (response.status !== 200) {
      throw new BenchAbort(
        `the stack at ${this.baseUrl} is not healthy (HTTP ${response.status}): ${await response.text()}`,
      );
    }
  }

  /** POST /cases; answers with the new case number. */
  async openCase(body: object, idempotencyKey: string): Promise<string> {
    const answer = await this.post('/cases', 'officer', body, [201], idempotencyKey);
    return (JSON.parse(answer) as { caseNumber: string }).caseNumber;
  }

  async act(caseNumber: string, action: string, role: Role, body: object): Promise<void> {
    await this.post(`/cases/${caseNumber}/${action}`, role, body, [200]);
  }

  private async post(
    path: string,
    role: Role,
    body: object,
    expected: number[],
    idempotencyKey?: string,
  ): Promise<string> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${this.tokens[role]}`,
        ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
      },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!expected.includes(response.status)) {
      throw new Error(`POST ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    }
    return text;
  }
}
