import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type Rolldown } from 'vite';
import { contentSecurityPolicy, cspHash, inlineBoot, inlineBootPlugin } from '../../../src/first-paint/vite-plugin-inline-boot.ts';

const CSP = { 'default-src': ["'self'"], 'script-src': ["'self'"], 'style-src': ["'self'"], 'object-src': ["'none'"] };

const PAGE = `<!doctype html>
<html>
  <head>
    <title>t</title>
    <script type="module" crossorigin src="/assets/main-1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/shared-2.js">
    <link rel="stylesheet" crossorigin href="/assets/main-3.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

/** The CSP `<meta>`'s policy of `html`, as directive → sources. */
function policyOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
  expect(content).toBeDefined();
  return new Map(content!.split('; ').map((directive) => { const [name, ...sources] = directive.split(' '); return [name!, sources]; }));
}

describe('cspHash and contentSecurityPolicy', () => {
  it('hashes UTF-8 text as CSP wants it and adds hashes to the named directives only', () => {
    const expected = createHash('sha256').update('主張', 'utf8').digest('base64');
    expect(cspHash('主張')).toBe(`'sha256-${expected}'`);
    expect(contentSecurityPolicy(CSP, { 'script-src': ["'sha256-x'"] })).toBe("default-src 'self'; script-src 'self' 'sha256-x'; style-src 'self'; object-src 'none'");
  });
});

describe('inlineBoot', () => {
  const boot = { appScript: '/assets/main-1.js', appLinks: ['/assets/main-3.css', '/assets/shared-2.js'], code: 'console.log(1);\n//# sourceMappingURL=boot.js.map\n', css: 'body{margin:0}' };

  it("puts the boot script and sheet in the app's place, drops the app's tags, and allows exactly the two blocks", () => {
    const html = inlineBoot(PAGE, boot, CSP);
    expect(html).not.toContain('src="/assets/main-1.js"');
    expect(html).not.toContain('main-3.css');
    expect(html).not.toContain('shared-2.js');
    expect(html).not.toContain('sourceMappingURL');
    const script = /<script type="module" async>([\s\S]*?)<\/script>/.exec(html)?.[1];
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1];
    expect(script).toBe('console.log(1);\n');
    expect(style).toBe('body{margin:0}');
    const policy = policyOf(html);
    expect(policy.get('script-src')).toEqual(["'self'", cspHash(script!)]);
    expect(policy.get('style-src')).toEqual(["'self'", cspHash(style!)]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    // The policy comes before any inline block, or it would not cover it.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('refuses what would end a block early or is not where it should be', () => {
    expect(() => inlineBoot(PAGE, { ...boot, code: 'let s = "</script>";' }, CSP)).toThrow(/<\/script/);
    expect(() => inlineBoot(PAGE, { ...boot, code: 'x<!--y' }, CSP)).toThrow(/cannot be inlined/);
    expect(() => inlineBoot(PAGE, { ...boot, css: 'a{}</STYLE>' }, CSP)).toThrow(/<\/style/);
    expect(() => inlineBoot(PAGE, { ...boot, appScript: '/assets/other.js' }, CSP)).toThrow(/found 0/);
    expect(() => inlineBoot(PAGE, { ...boot, appLinks: ['/assets/missing.css'] }, CSP)).toThrow(/missing\.css/);
  });
});

describe('inlineBootPlugin in a real Vite build', () => {
  const root = mkdtempSync(join(tmpdir(), 'shucho-inline-boot-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('inlines a boot bundle of its own that knows the built app, worker and sheets', async () => {
    mkdirSync(join(root, 'src'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><html><head><script type="module" src="/src/boot.ts"></script></head><body></body></html>');
    // Both import shared.ts: the app's bundle must not depend on the boot's.
    writeFileSync(join(root, 'src/shared.ts'), 'export const shared = (s: string) => `shared:${s}`;\n');
    writeFileSync(join(root, 'src/boot.css'), '.first { color: red; }\n');
    writeFileSync(join(root, 'src/app.css'), '.app { color: blue; }\n');
    writeFileSync(
      join(root, 'src/boot.ts'),
      "import entry from 'virtual:app-entry';\nimport { shared } from './shared.ts';\nimport './boot.css';\n" +
        'console.log(shared("boot"), entry.tokenizerWorker);\nfor (const href of entry.styles) console.log(href);\n' +
        'void import(/* @vite-ignore */ entry.script);\n',
    );
    writeFileSync(join(root, 'src/tokenizer.worker.ts'), 'self.postMessage(1);\n');
    writeFileSync(
      join(root, 'src/main.ts'),
      "import { shared } from './shared.ts';\nimport './app.css';\nconsole.log(shared('app'));\n" +
        "new Worker(new URL('./tokenizer.worker.ts', import.meta.url), { type: 'module' });\n",
    );
    const output = (await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [inlineBootPlugin({ boot: 'src/boot.ts', app: 'src/main.ts', tokenizerWorker: 'tokenizer.worker', csp: CSP })],
      worker: { format: 'es' },
      build: { write: false, outDir: join(root, 'dist'), rolldownOptions: { output: { entryFileNames: 'assets/main-[hash].js' } } },
    })) as Rolldown.RolldownOutput;

    const files = new Map(output.output.map((file) => [file.fileName, file]));
    const page = files.get('index.html');
    expect(page?.type).toBe('asset');
    const html = String((page as Rolldown.OutputAsset).source);
    const app = output.output.find((file): file is Rolldown.OutputChunk => file.type === 'chunk' && file.isEntry);
    const worker = [...files.keys()].find((name) => /tokenizer\.worker-.*\.js$/.test(name));
    const appCss = [...files.keys()].find((name) => name.endsWith('.css'));
    expect(app?.fileName).toMatch(/^assets\/main-.*\.js$/);
    expect(worker).toBeDefined();
    expect(appCss).toBeDefined();

    // No file is loaded before the first paint: the boot script and its sheet are in the page.
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
    expect(html).not.toMatch(/<link[^>]*stylesheet/);
    const script = /<script type="module" async>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(style).toContain('.first');
    expect(style).not.toContain('.app');
    // It knows where the built app, its sheet and the worker are...
    expect(script).toContain(`/${app!.fileName}`);
    expect(script).toContain(`/${appCss}`);
    expect(script).toContain(`/${worker}`);
    expect(script).toContain('shared:');
    // ...and runs on its own: no static import, nor does the app import it.
    expect(script).not.toMatch(/(^|[;}])\s*import\s*[{*\w]/);
    expect(app!.imports.every((name) => files.has(name))).toBe(true);
    expect(app!.code).toContain('shared:');
    const policy = policyOf(html);
    expect(policy.get('script-src')).toEqual(["'self'", cspHash(script)]);
    expect(policy.get('style-src')).toEqual(["'self'", cspHash(style)]);
  }, 60_000);
});
