/**
 * True when two plain JSON-like records hold the same data: same keys (a key
 * whose value is undefined counts as absent), in any order, with equal
 * values, compared deeply; arrays element by element. Used to tell an
 * incoming record that is already stored (skipped on import) from one that
 * differs (a conflict). Records are small and acyclic; recursion is bounded
 * by their fixed shape (a claim nests four levels).
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameRecord(a[i], other[i])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const leftKeys = Object.keys(left).filter((k) => left[k] !== undefined);
  const rightCount = Object.keys(right).filter((k) => right[k] !== undefined).length;
  if (leftKeys.length !== rightCount) return false;
  return leftKeys.every((k) => Object.hasOwn(right, k) && sameRecord(left[k], right[k]));
}
