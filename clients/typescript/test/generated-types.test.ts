import assert from 'node:assert/strict';
import { test } from 'node:test';
import createClient from 'openapi-fetch';
import type { components, paths } from '../src/generated/openapi.js';

/**
 * What an integrator gets from openapi-typescript and openapi-fetch alone, compiled with tsc --strict:
 * the types must be exact (required fields are not optional, nullable ones are `| null`, parameters
 * exist only where the server takes them), and the calls must work against a running Quire.
 * `@ts-expect-error` lines fail the build if a type is looser than the API.
 */
const baseUrl = process.env.QUIRE_URL ?? assert.fail('QUIRE_URL is not set: run the tests with npm test');
const api = createClient<paths>({ baseUrl });

type PostSummary = components['schemas']['PostSummary'];
type NavLink = components['schemas']['NavLink'];

test('a list page has typed, required items and the paging headers', async () => {
    const { data, response } = await api.GET('/api/posts', { params: { query: { tag: ['java'], size: 2 } } });
    assert.ok(data);
    const items: PostSummary[] = data.items;
    const first = items[0];
    assert.ok(first);
    const title: string = first.title;
    const excerpt: string | null = first.excerpt;
    const wordCount: number = first.wordCount;
    const frontMatter: Record<string, unknown> = first.frontMatter;
    // @ts-expect-error an excerpt may be null
    const alwaysText: string = first.excerpt;
    assert.equal(title, 'Hello, Quarkus');
    assert.equal(typeof excerpt, 'string');
    assert.ok(wordCount > 0);
    assert.deepEqual(frontMatter, { aliases: ['old-hello'] });
    assert.equal(alwaysText, excerpt);
    assert.equal(data.totalItems, 4);
    assert.equal(response.headers.get('x-total-count'), '4');
    assert.match(response.headers.get('link') ?? '', /rel="next"/);
});

test('a post has html, toc and nullable neighbours', async () => {
    const { data } = await api.GET('/api/posts/{key}', { params: { path: { key: 'time-zones' } } });
    assert.ok(data);
    const html: string = data.html;
    const previous: NavLink | null = data.prev;
    const next: NavLink | null = data.next;
    // @ts-expect-error next may be null
    const alwaysNext: NavLink = data.next;
    const markdown: string | undefined = data.markdown;
    assert.match(html, /<h2 id="offsets-are-not-zones">/);
    assert.deepEqual(data.toc, [{ level: 2, text: 'Offsets are not zones', id: 'offsets-are-not-zones' }]);
    assert.equal(previous?.slug, 'testing-with-junit');
    assert.equal(next, null);
    assert.equal(alwaysNext, null);
    assert.equal(markdown, undefined);
    assert.equal(data.id, 3);
});

test('ids are integers or strings, as the front matter says', async () => {
    const { data } = await api.GET('/api/posts/{key}', { params: { path: { key: 'intro' } } });
    assert.ok(data);
    assert.equal(data.id, 'intro');
    assert.equal(data.excerpt, null);
});

test('the posts of a tag are a typed page, and a missing tag is a typed problem', async () => {
    const { data } = await api.GET('/api/tags/{slug}/posts', { params: { path: { slug: 'testing' } } });
    assert.ok(data);
    const slugs: string[] = data.items.map((post) => post.slug);
    assert.deepEqual(slugs, ['time-zones', 'testing-with-junit', 'bundle-post']);

    const missing = await api.GET('/api/tags/{slug}/posts', { params: { path: { slug: 'nope' } } });
    assert.equal(missing.data, undefined);
    assert.ok(missing.error);
    const problem: components['schemas']['Problem'] = missing.error;
    assert.equal(problem.status, 404);
    assert.equal(missing.response.headers.get('content-type'), 'application/problem+json');
});

test('search takes q (required) and answers hits with facets', async () => {
    const { data } = await api.GET('/api/search', { params: { query: { q: 'quarkus' } } });
    assert.ok(data);
    assert.equal(data.items[0]?.post.slug, 'hello-quarkus');
    const highlightedTitle: string | undefined = data.items[0]?.highlights.title;
    assert.equal(highlightedTitle, 'Hello, <mark>Quarkus</mark>');
    assert.deepEqual(
        data.facets.tags.map((tag) => tag.slug),
        ['quarkus', 'java', 'testing'],
    );
});

test('sync answers items and deletions, and a token', async () => {
    const { data } = await api.GET('/api/sync');
    assert.ok(data);
    const html: string | undefined = data.items[0]?.html;
    assert.ok(html);
    assert.deepEqual(data.deleted, []);
    assert.ok(data.nextPageToken ?? data.nextToken);
    const expired = await api.GET('/api/sync', { params: { query: { token: 'cTEuMS4xMDAwLjEuMTAwMC4w' } } });
    assert.equal(expired.response.status, 410);
    assert.equal(expired.error?.type, '/problems/sync-token-expired');
});

/** Never called: only compiled, so that parameters the server refuses do not type-check. */
export function parametersThatDoNotExist(): void {
    // @ts-expect-error search needs q
    void api.GET('/api/search', { params: { query: {} } });
    // @ts-expect-error feeds are timelines: no q
    void api.GET('/feed.json', { params: { query: { q: 'java' } } });
    // @ts-expect-error feeds carry whole posts: no fields
    void api.GET('/atom.xml', { params: { query: { fields: 'slug' } } });
    // @ts-expect-error sort takes the listed orders only
    void api.GET('/api/posts', { params: { query: { sort: 'newest' } } });
}
