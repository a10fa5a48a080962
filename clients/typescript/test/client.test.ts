import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
    MemoryETagCache,
    MemorySyncStore,
    type PostContent,
    QuireClient,
    QuireProblemError,
    type ResponseEvent,
    syncPosts,
} from '../src/index.js';
import { importNow } from './quire-server.js';

const url = process.env.QUIRE_URL ?? assert.fail('QUIRE_URL is not set: run the tests with npm test');
const preview = process.env.QUIRE_PREVIEW_TOKEN ?? assert.fail('QUIRE_PREVIEW_TOKEN is not set');
const contentDir = process.env.QUIRE_CONTENT_DIR ?? assert.fail('QUIRE_CONTENT_DIR is not set');
/** q1.1.1000.1.1000.0: a token from 1970, older than any retention. */
const ANCIENT_TOKEN = 'cTEuMS4xMDAwLjEuMTAwMC4w';

interface Series {
    name: string;
    part: number;
}

function client(events: ResponseEvent[] = [], previewToken?: string): QuireClient {
    return new QuireClient({ baseUrl: url, previewToken, onResponse: (event) => events.push(event) });
}

test('async iteration follows the Link header through every page', async () => {
    const events: ResponseEvent[] = [];
    const slugs: string[] = [];
    for await (const post of client(events).allPosts({ tag: ['Java'], size: 3 })) {
        slugs.push(post.slug);
    }
    assert.deepEqual(slugs, ['hello-quarkus', 'testing-with-junit', 'bundle-post', 'jekyll-style']);
    assert.deepEqual(
        events.map((event) => new URL(event.url).searchParams.get('page')),
        [null, '2'],
    );
});

test('a page says where the others are', async () => {
    const page = await client().posts({ size: 2, page: 2 });
    assert.equal(page.totalItems, 8);
    assert.equal(page.totalPages, 4);
    assert.equal(new URL(page.links.prev ?? '').searchParams.get('page'), '1');
    assert.equal(new URL(page.links.next ?? '').searchParams.get('page'), '3');
    assert.equal(new URL(page.links.last ?? '').searchParams.get('page'), '4');
});

test('front matter has the type the caller gives it; ids are numbers or strings', async () => {
    const quire = client();
    const post = await quire.post<{ author: string; series: Series }>('time-zones');
    const part: number = post.frontMatter.series.part;
    assert.equal(part, 2);
    assert.equal(post.frontMatter.author, 'Dana Kim');
    assert.equal(post.id, 3);
    assert.equal(post.next, null);
    assert.equal(post.prev?.slug, 'testing-with-junit');

    const intro = await quire.post('intro');
    assert.equal(intro.id, 'intro');
    assert.equal(intro.excerpt, null);
    assert.equal(intro.slug, 'string-id');
    const byNumber = await quire.post(3);
    assert.equal(byNumber.slug, 'time-zones');
    const withMarkdown = await quire.post('bundle-post', { markdown: true });
    assert.match(withMarkdown.markdown ?? '', /page bundle/);
});

test('fields= narrows the type of the items to what was asked for', async () => {
    const page = await client().posts({ fields: ['slug', 'title'], size: 2 });
    const first = page.items[0];
    assert.ok(first);
    const slug: string = first.slug;
    // @ts-expect-error only slug and title were asked for
    void first.excerpt;
    assert.deepEqual(Object.keys(first), ['slug', 'title']);
    assert.equal(slug, 'time-zones');
});

test('a repeated request is a conditional one, answered by a 304 from the kept copy', async () => {
    const events: ResponseEvent[] = [];
    const quire = new QuireClient({ baseUrl: url, etagCache: new MemoryETagCache(), onResponse: (e) => events.push(e) });
    const first = await quire.posts({ size: 2 });
    const second = await quire.posts({ size: 2 });
    assert.deepEqual(second, first);
    assert.deepEqual(
        events.map((event) => [event.status, event.fromCache]),
        [
            [200, false],
            [304, true],
        ],
    );
    // the paging links survive the 304, which does not repeat them
    assert.ok(second.links.next);

    const uncached = new QuireClient({ baseUrl: url, etagCache: false, onResponse: (e) => events.push(e) });
    await uncached.posts({ size: 2 });
    await uncached.posts({ size: 2 });
    assert.deepEqual(
        events.slice(2).map((event) => event.status),
        [200, 200],
    );
});

test('errors are typed problems', async () => {
    const quire = client();
    const missing = await quire.post('no-such-post').catch((error: unknown) => error);
    assert.ok(missing instanceof QuireProblemError);
    assert.equal(missing.status, 404);
    assert.equal(missing.problem.title, 'Not Found');
    assert.equal(missing.problem.type, 'about:blank');

    const invalid = await quire.posts({ size: 1000 }).catch((error: unknown) => error);
    assert.ok(invalid instanceof QuireProblemError);
    assert.equal(invalid.problem.type, '/problems/invalid-parameter');
    assert.deepEqual(invalid.fieldErrors('size'), ['must be an integer between 1 and 100, was \'1000\'']);

    const noQuery = await quire.search('  ').catch((error: unknown) => error);
    assert.ok(noQuery instanceof QuireProblemError);
    assert.equal(noQuery.fieldErrors('q').length, 1);
});

test('a preview token shows drafts, sent as a bearer token or as ?preview=', async () => {
    await assert.rejects(client().post('draft-post'), (error: unknown) => error instanceof QuireProblemError && error.status === 404);
    const events: ResponseEvent[] = [];
    const asBearer = client(events).withPreview(preview);
    assert.equal((await asBearer.post('draft-post')).slug, 'draft-post');
    assert.ok((await asBearer.posts({ size: 100 })).items.some((post) => post.slug === 'draft-post'));

    const asQuery = new QuireClient({ baseUrl: url, previewToken: preview, previewVia: 'query' });
    assert.equal((await asQuery.post('draft-post')).slug, 'draft-post');

    const wrong = new QuireClient({ baseUrl: url, previewToken: 'wrong', previewVia: 'query' });
    await assert.rejects(wrong.post('draft-post'), (error: unknown) => error instanceof QuireProblemError && error.status === 401);
    // A bearer token that is not the preview token is ignored: public content.
    const ignored = client().withPreview('wrong');
    await assert.rejects(ignored.post('draft-post'), (error: unknown) => error instanceof QuireProblemError && error.status === 404);
});

test('search, tags and the archive are typed', async () => {
    const quire = client();
    const hits = await quire.search('quarkus');
    assert.equal(hits.items[0]?.post.slug, 'hello-quarkus');
    assert.equal(hits.items[0]?.highlights.title, 'Hello, <mark>Quarkus</mark>');
    assert.equal(hits.facets.tags[0]?.slug, 'quarkus');
    const slugsOnly = await quire.search('quarkus', { fields: ['slug'] });
    assert.deepEqual(Object.keys(slugsOnly.items[0]?.post ?? {}), ['slug']);
    assert.deepEqual((await quire.tag('java')).count, 4);
    assert.equal((await quire.tags('name'))[0]?.slug, 'c');
    assert.equal((await quire.tagPosts('testing', { size: 1 })).totalItems, 3);
    assert.deepEqual((await quire.archive())[0], { year: 2025, month: 2, count: 1 });
});

test('the sync helper keeps a store equal to the published posts, through changes and a reset', async () => {
    const quire = client();
    const published = async (): Promise<string[]> => {
        const slugs: string[] = [];
        for await (const post of quire.allPosts({ size: 100 })) {
            slugs.push(post.slug);
        }
        return slugs.sort();
    };
    const stored = (store: MemorySyncStore): string[] => store.posts().map((post: PostContent) => post.slug).sort();

    const store = new MemorySyncStore<{ author?: string }>();
    const full = await syncPosts(quire, store);
    assert.deepEqual(full, { put: 8, removed: 0, pages: 3, reset: false });
    assert.deepEqual(stored(store), await published());
    assert.equal(store.get(3)?.frontMatter.author, 'Dana Kim');
    assert.equal(store.get('intro')?.slug, 'string-id');
    assert.equal(store.get('3'), undefined, 'ids keep their JSON type');

    const added = join(contentDir, 'written-offline.md');
    writeFileSync(added, '---\ntitle: "Written Offline"\ndate: 2024-02-02\n---\n\nA new post.\n');
    await importNow(url);
    assert.deepEqual(await syncPosts(quire, store), { put: 1, removed: 0, pages: 1, reset: false });
    assert.ok(stored(store).includes('written-offline'));

    rmSync(added);
    await importNow(url);
    assert.deepEqual(await syncPosts(quire, store), { put: 0, removed: 1, pages: 1, reset: false });
    assert.deepEqual(stored(store), await published());

    // A token the server no longer knows (a rebuilt database, a long time offline): start over.
    store.setToken(ANCIENT_TOKEN);
    store.put({ ...(store.posts()[0] as PostContent<{ author?: string }>), id: 'stale', slug: 'stale' });
    const reset = await syncPosts(quire, store);
    assert.equal(reset.reset, true);
    assert.deepEqual(stored(store), await published());
    store.setToken('not-a-token');
    assert.equal((await syncPosts(quire, store)).reset, true);
});
