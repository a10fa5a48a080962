import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/**
 * The client in a real browser, from a page of another origin than the API: Debian's Chromium driven
 * by playwright-core. It proves CORS (simple requests and preflights for Authorization and
 * If-None-Match), the exposed headers (Link, X-Total-Count, ETag) and 304s seen by the page.
 */
const apiUrl = process.env.QUIRE_URL ?? assert.fail('QUIRE_URL is not set: run the tests with npm test');
const previewToken = process.env.QUIRE_PREVIEW_TOKEN ?? assert.fail('QUIRE_PREVIEW_TOKEN is not set');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PACKAGE = fileURLToPath(new URL('../../', import.meta.url));

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Quire client in a browser</title></head>
<body><script type="module">
import { QuireClient, QuireProblemError } from '/dist/src/index.js';
window.runChecks = async (api, preview) => {
    const events = [];
    const quire = new QuireClient({ baseUrl: api, onResponse: (event) => events.push(event) });
    const slugs = [];
    for await (const post of quire.allPosts({ tag: ['java'], size: 3 })) slugs.push(post.slug);
    const first = await quire.posts({ size: 2 });
    const again = await quire.posts({ size: 2 });
    const draft = await quire.withPreview(preview).post('draft-post');
    const viaQuery = await new QuireClient({ baseUrl: api, previewToken: preview, previewVia: 'query' }).post('draft-post');
    let problem;
    try { await quire.post('no-such-post'); } catch (error) {
        problem = { isProblem: error instanceof QuireProblemError, status: error.status, title: error.problem.title };
    }
    const raw = await fetch(api + '/api/posts?size=1');
    const headers = { etag: raw.headers.get('etag'), total: raw.headers.get('x-total-count'), link: raw.headers.get('link') };
    return { origin: location.origin, slugs, events, sameAgain: JSON.stringify(first) === JSON.stringify(again),
             nextLink: again.links.next ?? null, draft: draft.slug, viaQuery: viaQuery.slug, problem, headers };
};
</script></body></html>`;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };

test('the client works in Chromium from another origin: CORS, exposed headers, 304s', async (t) => {
    if (!existsSync(executablePath)) {
        assert.ok(!process.env.QUIRE_REQUIRE_BROWSER, `${executablePath} is missing: apt-get install -y chromium`);
        t.skip(`no browser at ${executablePath} (apt-get install -y chromium)`);
        return;
    }
    // The page's origin: http://localhost:<port>; the API's: http://127.0.0.1:<other port>.
    const site = createServer((request, response) => {
        const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
        if (path === '/' || path === '/index.html') {
            response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
        } else if (path.startsWith('/dist/src/') && existsSync(join(PACKAGE, path))) {
            response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
            response.end(readFileSync(join(PACKAGE, path)));
        } else {
            response.writeHead(404).end();
        }
    });
    await new Promise<void>((listening) => site.listen(0, 'localhost', listening));
    const pageUrl = `http://localhost:${(site.address() as AddressInfo).port}/`;
    const userDataDir = mkdtempSync(join(tmpdir(), 'quire-chromium-'));
    const browser = await chromium.launchPersistentContext(userDataDir, {
        executablePath,
        headless: true,
        args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
        ],
    });
    try {
        const page = await browser.newPage();
        const network: { url: string; status: number; method: string }[] = [];
        page.on('response', (response) =>
            network.push({ url: response.url(), status: response.status(), method: response.request().method() }),
        );
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(String(error)));
        await page.goto(pageUrl);
        await page.waitForFunction(() => 'runChecks' in window);
        const result = await page.evaluate(
            ([api, preview]) => (window as unknown as { runChecks(a: string, p: string): Promise<Record<string, unknown>> }).runChecks(api, preview),
            [apiUrl, previewToken] as const,
        );
        assert.deepEqual(pageErrors, []);
        assert.notEqual(result['origin'], new URL(apiUrl).origin);
        assert.deepEqual(result['slugs'], ['hello-quarkus', 'testing-with-junit', 'bundle-post', 'jekyll-style']);
        const events = result['events'] as { status: number; fromCache: boolean }[];
        assert.deepEqual(
            events.slice(2, 4).map((event) => [event.status, event.fromCache]),
            [
                [200, false],
                [304, true],
            ],
        );
        assert.equal(result['sameAgain'], true);
        assert.ok(result['nextLink'], 'the Link header survives a 304 from the kept copy');
        assert.equal(result['draft'], 'draft-post');
        assert.equal(result['viaQuery'], 'draft-post');
        assert.deepEqual(result['problem'], { isProblem: true, status: 404, title: 'Not Found' });
        const headers = result['headers'] as Record<string, string | null>;
        assert.match(headers['etag'] ?? '', /^"[\w-]{27}(-gzip)?"$/); // the gzip body has its own tag
        assert.equal(headers['total'], '8');
        assert.match(headers['link'] ?? '', /rel="next"/);
        // What the browser itself saw on the wire: a 304, and preflights for Authorization and If-None-Match.
        const api = network.filter((entry) => entry.url.startsWith(apiUrl));
        assert.ok(api.some((entry) => entry.status === 304 && entry.method === 'GET'), JSON.stringify(api));
    } finally {
        await browser.close();
        site.close();
        rmSync(userDataDir, { recursive: true, force: true });
    }
});
