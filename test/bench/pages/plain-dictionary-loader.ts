/**
 * The least a page can do to give kuromoji its dictionary: fetch
 * kuromoji's own files (copied by build-pages.ts to `/__bench/dict/`, since
 * the app serves a features file in place of tid_pos.dat.gz) and un-gzip
 * the bytes when they start with 1f 8b (the bench server sends them as
 * stored), with no cache and no progress. The raw-kuromoji baseline and the
 * agreement page's worker both load this way.
 */
export async function loadArrayBuffer(name: string): Promise<ArrayBuffer> {
  const url = `${import.meta.env.BASE_URL}dict/${name}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  const head = new Uint8Array(bytes, 0, 2);
  if (head[0] !== 0x1f || head[1] !== 0x8b) return bytes;
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}
