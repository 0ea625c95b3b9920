import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { type Bell, useBell } from './use-bell';

interface BellContextValue extends Bell {
  /** Reads the count again (after marking items read). */
  readonly refresh: () => void;
}

const BellContext = createContext<BellContextValue>({ refresh: () => undefined });

/** One bell stream per signed-in page, shared by the header's bell and the inbox page. */
export function BellProvider({ children }: { readonly children: ReactNode }) {
  const [round, setRound] = useState(0);
  const bell = useBell(round);
  const refresh = useCallback(() => setRound((r) => r + 1), []);
  const value = useMemo(() => ({ ...bell, refresh }), [bell, refresh]);
  return <BellContext.Provider value={value}>{children}</BellContext.Provider>;
}

export function useBellContext(): BellContextValue {
  return useContext(BellContext);
}
