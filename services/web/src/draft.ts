import { useCallback, useState } from 'react';

/**
 * A form's typed values kept in sessionStorage while the tab lives: a failed send (network down,
 * the tab reloaded) leaves them there to send again. The draft carries its own idempotency key,
 * so sending the same draft twice (a retry after a lost answer) writes once. `clear()` after a
 * save starts a fresh draft with a fresh key.
 */
export function useDraft<T extends object>(
  name: string,
  initial: () => T,
): [T & { idempotencyKey: string }, (patch: Partial<T>) => void, () => void] {
  const key = `mentorship.draft.${name}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const fresh = useCallback(() => ({ ...initial(), idempotencyKey: crypto.randomUUID() }), [key]);
  const [value, setValue] = useState<T & { idempotencyKey: string }>(() => {
    try {
      const stored = sessionStorage.getItem(key);
      if (stored) return { ...fresh(), ...(JSON.parse(stored) as T & { idempotencyKey: string }) };
    } catch {
      // An unreadable draft is dropped.
    }
    return fresh();
  });
  // Stored on each edit only: a cleared draft stays cleared until the user types again.
  const update = useCallback(
    (patch: Partial<T>) =>
      setValue((v) => {
        const next = { ...v, ...patch };
        sessionStorage.setItem(key, JSON.stringify(next));
        return next;
      }),
    [key],
  );
  const clear = useCallback(() => {
    sessionStorage.removeItem(key);
    setValue(fresh());
  }, [key, fresh]);
  return [value, update, clear];
}

/** What a form says after sending: saved (with when), or why not, in Chinese. */
export type Outcome = { ok: boolean; text: string } | null;
