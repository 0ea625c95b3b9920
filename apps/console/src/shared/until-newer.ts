/**
 * A record read back lags its workflow by a moment (the read model is projected): after a
 * command, wait (briefly: 5 s at most) until the read shows a revision newer than `revision`
 * before showing it again. Gives up quietly; the caller reloads either way.
 */
export async function untilNewer(
  read: () => Promise<{ readonly revision: number } | undefined>,
  revision: number,
  { attempts = 20, pauseMs = 250 } = {},
): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const data = await read().catch(() => undefined);
    if (!data || data.revision > revision) return;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}
