/**
 * Runs async sections one at a time. Update handlers and timers both await activities; without
 * this, a second action could interleave with the first between its check and its change.
 * Deterministic: it is only a promise chain.
 */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(section: () => Promise<T>): Promise<T> {
    const result = this.tail.then(section);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
