import DataLoader from 'dataloader';

/**
 * A per-request loader of one row per key. The fetch may return rows in any order and skip
 * keys (not found, or outside the caller's scope): results are put back in key order, with null.
 */
export function keyedLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((r) => [keyOf(r), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** A per-request loader of all rows per key (children of a parent), in key order. */
export function groupedLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
    for (const r of rows) groups.get(keyOf(r))?.push(r);
    return keys.map((k) => groups.get(k) ?? []);
  });
}
