// Progress lines for the launcher and the test runner: one prefix, timestamps, no dependencies.
const started = Date.now();

export function say(message) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  process.stdout.write(`[firecase ${seconds}s] ${message}\n`);
}

/** Stops with one line that names what is missing and how to get it. */
export function fail(message) {
  process.stderr.write(`firecase: ${message}\n`);
  process.exit(1);
}

/** Prints "still working" every interval while a long step runs, so a first build never looks hung. */
export async function withHeartbeat(label, work, intervalMs = 20_000) {
  const begun = Date.now();
  const timer = setInterval(
    () => say(`${label}: still working (${Math.round((Date.now() - begun) / 1000)}s)`),
    intervalMs,
  );
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
