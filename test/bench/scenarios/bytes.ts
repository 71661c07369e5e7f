/** Sorting a visit's traffic into dictionary bytes and everything else. */
import type { Transfer } from '../server.ts';

/** Body bytes a visit transferred. Nothing is left out: pages, workers and the service worker all count. */
export interface ByteCount {
  /** `/dict/*` responses. */
  dictionary: number;
  /** Every other response. */
  other: number;
  requests: number;
}

/** Sums `transfers` (as returned by the server) by kind. */
export function countBytes(transfers: readonly Transfer[]): ByteCount {
  let dictionary = 0;
  let other = 0;
  for (const transfer of transfers) {
    if (transfer.path.startsWith('/dict/')) dictionary += transfer.bodyBytes;
    else other += transfer.bodyBytes;
  }
  return { dictionary, other, requests: transfers.length };
}
