import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { PRECACHE_MANIFEST_PLACEHOLDER, type PrecacheManifest } from '../../../src/offline/precache-manifest.ts';
import { registerServiceWorker } from '../../../src/offline/register-service-worker.ts';
import {
  buildPrecacheManifest,
  injectPrecacheManifest,
  isPrecached,
  serviceWorker,
} from '../../../src/offline/vite-plugin-service-worker.ts';

describe('isPrecached', () => {
  it.each([
    ['index.html', true],
    ['assets/index-Ab12Cd.js', true],
    ['assets/index-Ab12Cd.css', true],
    ['assets/tokenizer.worker-Xy.js', true],
    ['licenses/IPADIC-NOTICE.txt', true],
    ['dict/base.dat.gz', false],
    ['sw.js', false],
    ['assets/index-Ab12Cd.js.map', false],
    ['.well-known/thing', false],
  ])('%s → %s', (fileName, expected) => {
    expect(isPrecached(fileName)).toBe(expected);
  });
});

describe('buildPrecacheManifest', () => {
  const files = new Map<string, string | Uint8Array>([
    ['index.html', '<html></html>'],
    ['assets/b.js', 'b()'],
    ['assets/a.css', new Uint8Array([1, 2, 3])],
    ['dict/cc.dat.gz', new Uint8Array([0x1f, 0x8b])],
    ['sw.js', 'sw'],
  ]);

  it('lists the precached files sorted, with index.html as navigation fallback', () => {
    const manifest = buildPrecacheManifest(files);
    expect(manifest.urls).toEqual(['assets/a.css', 'assets/b.js', 'index.html']);
    expect(manifest.navigationFallback).toBe('index.html');
    expect(manifest.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes the version exactly when a precached file changes', () => {
    const version = buildPrecacheManifest(files).version;
    expect(buildPrecacheManifest(new Map(files)).version).toBe(version);
    expect(buildPrecacheManifest(new Map(files).set('dict/cc.dat.gz', new Uint8Array([9]))).version).toBe(version);
    expect(buildPrecacheManifest(new Map(files).set('index.html', '<html> </html>')).version).not.toBe(version);
    expect(buildPrecacheManifest(new Map(files).set('assets/c.js', '')).version).not.toBe(version);
  });
});

describe('injectPrecacheManifest', () => {
  const manifest: PrecacheManifest = { version: 'v1', urls: ['index.html', "it's \"quoted\".js"], navigationFallback: 'index.html' };

  it.each(["'", '"', '`'])('replaces the placeholder quoted with %s by a string holding the JSON', (quote) => {
    const code = `var e=${quote}${PRECACHE_MANIFEST_PLACEHOLDER}${quote};globalThis.out=JSON.parse(e);`;
    const injected = injectPrecacheManifest(code, manifest);
    const scope: { out?: unknown } = {};
    new Function('globalThis', injected)(scope);
    expect(scope.out).toEqual(manifest);
  });

  it('refuses code without the placeholder, or with it twice', () => {
    expect(() => injectPrecacheManifest('var e=1;', manifest)).toThrow(/found it 0 times/);
    const twice = `"${PRECACHE_MANIFEST_PLACEHOLDER}";"${PRECACHE_MANIFEST_PLACEHOLDER}"`;
    expect(() => injectPrecacheManifest(twice, manifest)).toThrow(/found it 2 times/);
  });
});

describe('serviceWorker() in a real Vite build', () => {
  const root = mkdtempSync(join(tmpdir(), 'shucho-sw-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('emits sw.js without imports, precaching exactly the bundle and public files but not dict/', async () => {
    writeFileSync(join(root, 'index.html'), '<!doctype html><html><body><script type="module" src="/main.ts"></script></body></html>');
    writeFileSync(join(root, 'style.css'), 'body { color: black; }');
    writeFileSync(join(root, 'work.ts'), 'self.postMessage(1);');
    writeFileSync(
      join(root, 'main.ts'),
      "import './style.css';\nnew Worker(new URL('./work.ts', import.meta.url), { type: 'module' });\n",
    );
    mkdirSync(join(root, 'public', 'licenses'), { recursive: true });
    writeFileSync(join(root, 'public', 'licenses', 'NOTICE.txt'), 'licence');
    const dictionary = {
      name: 'fake-dictionary',
      generateBundle(this: Rolldown.PluginContext) {
        this.emitFile({ type: 'asset', fileName: 'dict/base.dat.gz', source: new Uint8Array([0x1f, 0x8b, 8]) });
      },
    };
    const output = (await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [dictionary, serviceWorker()],
      worker: { format: 'es' },
      build: { write: false, sourcemap: true, outDir: join(root, 'dist') },
    })) as Rolldown.RolldownOutput;
    const files = output.output.map((o) => o.fileName);
    const sw = output.output.find((o): o is Rolldown.OutputChunk => o.fileName === 'sw.js' && o.type === 'chunk');
    expect(sw).toBeDefined();
    expect(sw!.imports).toEqual([]);
    expect(sw!.code).not.toContain(PRECACHE_MANIFEST_PLACEHOLDER);
    expect(sw!.code).not.toMatch(/^\s*(import|export)\b/m);

    const literal = /"(\{\\"version\\".*?\})"/.exec(sw!.code);
    expect(literal).not.toBeNull();
    const manifest = JSON.parse(JSON.parse(`"${literal![1]}"`)) as PrecacheManifest;
    const expected = [
      ...files.filter((f) => f.startsWith('assets/') && !f.endsWith('.map')),
      'index.html',
      'licenses/NOTICE.txt',
    ].sort();
    expect(manifest.urls).toEqual(expected);
    expect(manifest.urls.some((u) => u.endsWith('.css'))).toBe(true);
    expect(manifest.urls.some((u) => /work-.*\.js$/.test(u))).toBe(true);
    expect(files).toContain('dict/base.dat.gz');
    expect(manifest.urls).not.toContain('dict/base.dat.gz');
    expect(manifest.urls).not.toContain('sw.js');
  }, 60_000);
});

describe('registerServiceWorker', () => {
  it('does nothing unless enabled (the default outside production builds)', async () => {
    const container = { register: vi.fn() };
    await expect(registerServiceWorker({ container })).resolves.toBeNull();
    await expect(registerServiceWorker({ enabled: false, container })).resolves.toBeNull();
    expect(container.register).not.toHaveBeenCalled();
  });

  it('registers sw.js at the base, always revalidating it', async () => {
    const registration = { scope: '/' } as ServiceWorkerRegistration;
    const container = { register: vi.fn(async () => registration) };
    await expect(registerServiceWorker({ enabled: true, container })).resolves.toBe(registration);
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/', updateViaCache: 'none' });
  });

  it('resolves to null when registration is refused', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const container = { register: vi.fn(async () => Promise.reject(new DOMException('insecure', 'SecurityError'))) };
    await expect(registerServiceWorker({ enabled: true, container })).resolves.toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
