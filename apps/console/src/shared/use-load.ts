import { useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly loading: boolean;
  readonly reload: () => void;
}

/**
 * Loads once per change of `key` (and on reload()); the last answer wins. `initial`, when given
 * for the current key (e.g. a route loader's answer), is shown instead of loading, once: reload()
 * and a later return to the key load.
 */
export function useLoad<T>(load: () => Promise<T>, key: string, initial?: T): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>(() =>
    initial === undefined ? { loading: true } : { data: initial, loading: false },
  );
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  const given = useRef(initial);
  given.current = initial;
  const roundLoaded = useRef(round);
  const initialShown = useRef<T>(undefined);
  useEffect(() => {
    const reloading = roundLoaded.current !== round;
    roundLoaded.current = round;
    const initialData = given.current;
    // Each answer once: back on this key later (e.g. 上一页 to the first page), load afresh.
    if (!reloading && initialData !== undefined && initialData !== initialShown.current) {
      initialShown.current = initialData;
      setState((s) =>
        s.data === initialData && !s.loading ? s : { data: initialData, loading: false },
      );
      return;
    }
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ error, loading: false }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `key` says when it means something new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, round]);
  return { ...state, reload };
}
