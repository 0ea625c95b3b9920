import { useEffect, useState } from 'react';
import { api, ok } from '../api/client';
import type { Schemas } from '../api/types';
import { SseParser } from './bell-stream';

export type InboxEntry = Schemas['InboxEntryView'];
export interface Bell {
  readonly unread?: number;
  readonly latest?: InboxEntry | null;
}

const RECONNECT_MS = 5_000;

/**
 * The unread count, live: GET /notifications/unread-count at once, then the SSE stream, which
 * sends the count now and on each new item; a dropped stream reconnects after a pause.
 * `refresh` bumps it (after the inbox page marks items read).
 */
export function useBell(refresh: number): Bell {
  const [bell, setBell] = useState<Bell>({});
  useEffect(() => {
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    ok<Schemas['UnreadCountView']>(api.GET('/notifications/unread-count'))
      .then(({ unread }) => !abort.signal.aborted && setBell((b) => ({ ...b, unread })))
      .catch(() => undefined);
    const listen = async () => {
      try {
        const { data, response } = await api.GET('/notifications/stream', {
          parseAs: 'stream',
          signal: abort.signal,
        });
        if (!response.ok || !data) throw new Error(`stream answered ${response.status}`);
        const reader = data.pipeThrough(new TextDecoderStream()).getReader();
        const parser = new SseParser();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          for (const event of parser.push(value)) {
            if (event.event !== 'inbox') continue;
            const view = JSON.parse(event.data) as Schemas['InboxBellView'];
            setBell({ unread: view.unread, latest: view.latest });
          }
        }
      } catch {
        // Signed out, offline or the API restarting: try again shortly (unless unmounted).
      }
      if (!abort.signal.aborted) timer = setTimeout(() => void listen(), RECONNECT_MS);
    };
    void listen();
    return () => {
      abort.abort();
      if (timer) clearTimeout(timer);
    };
  }, [refresh]);
  return bell;
}
