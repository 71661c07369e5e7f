/**
 * Vite plugin (node; the app never imports it) that puts the page's boot
 * script (src/boot.ts) and its style sheet into index.html itself, and
 * writes the page's Content Security Policy allowing exactly those two
 * inline blocks by their SHA-256 hashes.
 *
 * Why: the boot script paints the article's text (src/first-paint/). As
 * files of their own they cost requests after the page arrived, and the
 * sheet held the first frame back until it came; inlined, the text is drawn
 * as soon as the page is parsed. The app (main.tsx and the rest) stays in
 * separate, cached files, which the boot script loads after that frame.
 *
 * How, in a build:
 * 1. index.html's entry is switched from the boot script to the app
 *    (`transformIndexHtml`, pre), so Vite builds the app as the page's entry;
 * 2. once the bundle is complete (`generateBundle`, post), the app's tags
 *    (script, style sheets, module preloads) are taken out of the page, the
 *    boot script is bundled on its own, told where the app's files are
 *    (`virtual:app-entry`), and put into the page with its sheet.
 * The boot bundle shares no module with the app: whatever they share (the
 * early worker, the first paint's article) is handed over through globals.
 *
 * Under the dev server, `virtual:app-entry` names the sources, and the page
 * loads the boot script as a module file, as written in index.html.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { build, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';
import type { AppEntry } from './load-app.ts';

/** The page's CSP without hashes: `directive → sources`. */
export type CspDirectives = Record<string, readonly string[]>;

export interface InlineBootOptions {
  /** The boot script, from the project root, as index.html's script names it (`src/boot.ts`). */
  boot: string;
  /** The app's entry module, from the root (`src/main.tsx`). */
  app: string;
  /** Base name of the tokenizer worker's source (`tokenizer.worker`), to find its built file. */
  tokenizerWorker: string;
  /** The page's CSP; the inline blocks' hashes are added to `script-src` and `style-src`. */
  csp: CspDirectives;
}

const APP_ENTRY_ID = 'virtual:app-entry';

/** `'sha256-…'`, as CSP wants it, of `text` in UTF-8. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The CSP header value, with `hashes` added to the directives named in it. */
export function contentSecurityPolicy(directives: CspDirectives, hashes: Partial<Record<string, string[]>> = {}): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources, ...(hashes[name] ?? [])].join(' '))
    .join('; ');
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** What goes into the page instead of the app's tags. */
export interface PageBoot {
  /** The app's entry script, whose `<script src>` tag is replaced by the boot script. */
  appScript: string;
  /** Files of the app's `<link>` tags (style sheets, module preloads), taken out of the page. */
  appLinks: readonly string[];
  /** The boot script's code and style sheet. */
  code: string;
  css: string;
}

/**
 * `html` with the app's script tag replaced by the inline boot script (an
 * async module), the app's link tags removed, the boot's sheet inlined
 * before the script, and a CSP `<meta>` first in `<head>` that allows the two
 * blocks by hash.
 * @throws Error if the script tag is not found exactly once, a link is
 *   missing, or a block's text would end it early (`</script`, `</style`,
 *   `<!--`).
 */
export function inlineBoot(html: string, page: PageBoot, directives: CspDirectives): string {
  const code = page.code.replace(/\n?\/\/# sourceMappingURL=\S*\s*$/, '\n');
  if (/<\/script|<!--/i.test(code)) throw new Error('inline-boot: the boot script contains "</script" or "<!--"; it cannot be inlined');
  if (/<\/style|<!--/i.test(page.css)) throw new Error('inline-boot: the boot style sheet contains "</style" or "<!--"; it cannot be inlined');

  const scriptTag = new RegExp(`<script\\b[^>]*\\bsrc="${escapeRegExp(page.appScript)}"[^>]*></script>`, 'g');
  const scripts = html.match(scriptTag)?.length ?? 0;
  if (scripts !== 1) throw new Error(`inline-boot: expected one <script src="${page.appScript}"> in index.html, found ${scripts}`);
  for (const href of page.appLinks) {
    const linkTag = new RegExp(`[ \\t]*<link\\b[^>]*\\bhref="${escapeRegExp(href)}"[^>]*>\\n?`, 'g');
    if (!linkTag.test(html)) throw new Error(`inline-boot: no <link href="${href}"> in index.html`);
    html = html.replace(linkTag, '');
  }
  html = html.replace(scriptTag, () => `<style>${page.css}</style>\n    <script type="module" async>${code}</script>`);

  const policy = contentSecurityPolicy(directives, { 'script-src': [cspHash(code)], 'style-src': [cspHash(page.css)] });
  if (!/<head>/i.test(html)) throw new Error('inline-boot: index.html has no <head>');
  return html.replace(/<head>/i, (head) => `${head}\n    <meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`);
}

/** The chunks `fileName` imports statically, directly or not, in load order. */
function staticImportsOf(bundle: Rolldown.OutputBundle, fileName: string, seen = new Set<string>()): string[] {
  const chunk = bundle[fileName];
  if (!chunk || chunk.type !== 'chunk') return [];
  for (const imported of chunk.imports) {
    if (seen.has(imported)) continue;
    seen.add(imported);
    staticImportsOf(bundle, imported, seen);
  }
  return [...seen];
}

/** Serves `virtual:app-entry` as `entry`. */
function appEntryModule(entry: AppEntry): Plugin {
  return {
    name: 'shucho-app-entry',
    resolveId: (id) => (id === APP_ENTRY_ID ? `\0${APP_ENTRY_ID}` : null),
    load: (id) => (id === `\0${APP_ENTRY_ID}` ? `export default ${JSON.stringify(entry)};` : null),
  };
}

/** Bundles the boot script on its own: one chunk, no imports, and its CSS. */
async function bundleBoot(config: ResolvedConfig, bootFile: string, entry: AppEntry): Promise<{ code: string; css: string }> {
  const output = (await build({
    configFile: false,
    root: config.root,
    mode: config.mode,
    base: config.base,
    publicDir: false,
    logLevel: 'warn',
    plugins: [appEntryModule(entry)],
    build: {
      write: false,
      target: config.build.target,
      minify: true,
      sourcemap: false,
      modulePreload: false,
      copyPublicDir: false,
      rolldownOptions: { input: join(config.root, bootFile), output: { format: 'es' } },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const files = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  const chunks = files.filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
  const sheets = files.filter((file): file is Rolldown.OutputAsset => file.type === 'asset' && file.fileName.endsWith('.css'));
  const boot = chunks[0];
  if (chunks.length !== 1 || !boot || boot.imports.length > 0 || boot.dynamicImports.length > 0) {
    throw new Error(`inline-boot: ${bootFile} must bundle into one chunk without imports; got ${chunks.map((chunk) => chunk.fileName).join(', ')}`);
  }
  const css = sheets.map((sheet) => (typeof sheet.source === 'string' ? sheet.source : new TextDecoder().decode(sheet.source))).join('\n');
  return { code: boot.code, css };
}

/** The Vite plugin; in vite.config.ts, before serviceWorker() (which precaches the page it makes). */
export function inlineBootPlugin(options: InlineBootOptions): Plugin {
  let config: ResolvedConfig;
  // Under the dev server only: the build's boot bundle gets the built files (see bundleBoot).
  const devEntry = appEntryModule({ script: `/${options.app}`, preload: [], styles: [], tokenizerWorker: null });
  return {
    name: 'shucho-inline-boot',
    configResolved(resolved) {
      config = resolved;
    },
    resolveId: devEntry.resolveId,
    load: devEntry.load,
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (config.command !== 'build') return html;
        const tag = new RegExp(`(<script\\b[^>]*\\bsrc=")/${escapeRegExp(options.boot)}(")`);
        if (!tag.test(html)) throw new Error(`inline-boot: index.html has no <script src="/${options.boot}">`);
        return html.replace(tag, (_match, before: string, after: string) => `${before}/${options.app}${after}`);
      },
    },
    generateBundle: {
      // After every plugin's own generateBundle: Vite's HTML plugin has
      // emitted index.html, and its import analysis has finished the chunks.
      order: 'post',
      async handler(_options, bundle) {
        if (config.command !== 'build' || config.build.ssr) return;
        const page = bundle['index.html'];
        if (!page || page.type !== 'asset') return;
        const base = config.base;
        const html = typeof page.source === 'string' ? page.source : new TextDecoder().decode(page.source);
        const appScript = /<script\b[^>]*\bsrc="([^"]+)"[^>]*><\/script>/.exec(html)?.[1];
        const app = appScript?.startsWith(base) ? bundle[appScript.slice(base.length)] : undefined;
        if (!appScript || !app || app.type !== 'chunk') return this.error(`inline-boot: index.html's script ${appScript ?? '(none)'} is not a chunk of the bundle`);
        const workerPattern = new RegExp(`(^|/)${escapeRegExp(options.tokenizerWorker)}-[^/]*\\.js$`);
        const workers = Object.keys(bundle).filter((fileName) => workerPattern.test(fileName));
        if (workers.length !== 1) return this.error(`inline-boot: expected one built ${options.tokenizerWorker} in the bundle, found ${workers.length}`);

        const preload = staticImportsOf(bundle, app.fileName);
        const styles = [...(app.viteMetadata?.importedCss ?? [])];
        const entry: AppEntry = {
          script: appScript,
          preload: preload.map((fileName) => `${base}${fileName}`),
          styles: styles.map((fileName) => `${base}${fileName}`),
          tokenizerWorker: `${base}${workers[0]}`,
        };
        try {
          const boot = await bundleBoot(config, options.boot, entry);
          const appLinks = [...entry.styles, ...entry.preload.filter((href) => html.includes(`href="${href}"`))];
          page.source = inlineBoot(html, { appScript, appLinks, ...boot }, options.csp);
        } catch (error) {
          this.error(error instanceof Error ? error.message : String(error));
        }
      },
    },
  };
}
