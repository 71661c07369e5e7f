/**
 * Modules made up by the build (see vite.config.ts), declared for the type
 * checker.
 */
declare module 'virtual:dictionary-manifest' {
  /** The kuromoji dictionary files served at `/dict/<name>`, with their sizes (see src/nlp/vite-plugin-dictionary.ts). */
  const manifest: readonly import('./dictionary-loader.ts').DictionaryFile[];
  export default manifest;
}

declare module 'virtual:app-entry' {
  /**
   * Where the boot script (src/boot.ts) finds the app it starts: the built
   * files in a production build, the sources under the dev server (see
   * src/first-paint/vite-plugin-inline-boot.ts).
   */
  const appEntry: import('../first-paint/load-app.ts').AppEntry;
  export default appEntry;
}
