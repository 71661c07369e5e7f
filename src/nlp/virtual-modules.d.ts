/**
 * Modules made up by the build (see vite.config.ts), declared for the type
 * checker.
 */
declare module 'virtual:dictionary-manifest' {
  /** The kuromoji dictionary files served at `/dict/<name>`, with their gzipped sizes. */
  const manifest: readonly { name: string; bytes: number; decodedBytes?: number }[];
  export default manifest;
}
