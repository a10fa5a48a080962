import { QuireProblemError } from './errors.js';
import { type ETagCache, MemoryETagCache } from './etag-cache.js';
import { parseLinks } from './links.js';
import type {
    ArchiveMonth,
    DeletedPost,
    FieldName,
    FrontMatter,
    ListQuery,
    PostContent,
    PostDetail,
    PostFields,
    PostSummary,
    SearchHit,
    SearchQuery,
    Schemas,
    TagCount,
} from './types.js';

export interface QuireClientOptions {
    /** Where Quire runs, e.g. `https://content.example.com`. */
    baseUrl: string;
    /** The fetch to use (default: the global one). */
    fetch?: typeof fetch;
    /**
     * Conditional requests: responses are kept by URL with their ETag, asked for again with
     * `If-None-Match`, and a 304 answers from the kept body. Default: a {@link MemoryETagCache};
     * `false` turns it off (then the browser's HTTP cache applies as usual).
     */
    etagCache?: ETagCache | false;
    /** The preview token (quire.preview.token): drafts, scheduled and expired posts are served too. */
    previewToken?: string;
    /**
     * How the preview token travels: `header` (`Authorization: Bearer`, the default: it stays out of
     * URLs and logs) or `query` (`?preview=`: no CORS preflight for the header).
     */
    previewVia?: 'header' | 'query';
    /** Headers sent with every request. */
    headers?: Record<string, string>;
    /** Called after every response, for logging or metrics. */
    onResponse?: (event: ResponseEvent) => void;
}

/** What happened to one request. */
export interface ResponseEvent {
    url: string;
    /** The HTTP status: 304 when the server confirmed the kept copy. */
    status: number;
    /** Whether the body came from the ETag cache. */
    fromCache: boolean;
}

/** One page of a list, with the links to the others (from the `Link` header). */
export interface Page<T> {
    items: T[];
    page: number;
    size: number;
    totalItems: number;
    totalPages: number;
    links: { first?: string; prev?: string; next?: string; last?: string };
}

/** One answer of `/api/sync`. */
export interface SyncPage<FM = FrontMatter> {
    items: PostContent<FM>[];
    deleted: DeletedPost[];
    nextPageToken?: string;
    nextToken?: string;
}

export interface PostsOptions<K extends FieldName = never> extends ListQuery {
    /** Only these properties of each post (`fields=`). */
    fields?: readonly K[];
}

export interface SearchOptions<K extends FieldName = never> extends SearchQuery {
    fields?: readonly K[];
}

type Query = Record<string, string | number | boolean | readonly (string | number)[] | undefined | null>;

interface Fetched<T> {
    body: T;
    url: string;
    headers: (name: string) => string | null;
}

/**
 * A small typed client for Quire. Every method returns the types generated from the OpenAPI document
 * (with post ids as `number | string` and front matter as `FM`), and throws {@link QuireProblemError}
 * for anything but a success.
 *
 * ```ts
 * const quire = new QuireClient({ baseUrl: 'https://content.example.com' });
 * for await (const post of quire.allPosts<{ cover?: string }>({ tag: ['java'] })) {
 *   console.log(post.title, post.frontMatter.cover);
 * }
 * ```
 */
export class QuireClient {
    private readonly baseUrl: string;
    private readonly fetchImpl: typeof fetch;
    private readonly cache: ETagCache | undefined;

    constructor(private readonly options: QuireClientOptions) {
        this.baseUrl = options.baseUrl.replace(/\/+$/, '') + '/';
        this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
        this.cache = options.etagCache === false ? undefined : (options.etagCache ?? new MemoryETagCache());
    }

    /** The same client (and ETag cache) with another preview token, or none. */
    withPreview(token: string | undefined): QuireClient {
        const cache = this.cache ?? false;
        return new QuireClient({ ...this.options, previewToken: token, etagCache: cache });
    }

    /** One page of published posts. */
    posts<FM = FrontMatter>(options?: PostsOptions): Promise<Page<PostSummary<FM>>>;
    posts<K extends FieldName, FM = FrontMatter>(options: PostsOptions<K> & { fields: readonly K[] }): Promise<Page<PostFields<K, FM>>>;
    posts(options: PostsOptions<FieldName> = {}): Promise<Page<unknown>> {
        return this.page('api/posts', listQuery(options));
    }

    /** One page of the published posts of a tag (404 when no published post has it). */
    tagPosts<FM = FrontMatter>(slug: string, options?: PostsOptions): Promise<Page<PostSummary<FM>>>;
    tagPosts<K extends FieldName, FM = FrontMatter>(slug: string, options: PostsOptions<K> & { fields: readonly K[] }): Promise<Page<PostFields<K, FM>>>;
    tagPosts(slug: string, options: PostsOptions<FieldName> = {}): Promise<Page<unknown>> {
        return this.page(`api/tags/${encodeURIComponent(slug)}/posts`, listQuery(options));
    }

    /** Every post of a list, page after page, following the `Link` header's `rel="next"`. */
    async *allPosts<FM = FrontMatter>(options: Omit<PostsOptions, 'page'> = {}): AsyncGenerator<PostSummary<FM>> {
        for await (const page of this.pages<PostSummary<FM>>(this.url('api/posts', listQuery(options)))) {
            yield* page.items;
        }
    }

    /** Every page of a list, from a URL (a first page's, or any `links` value), following `rel="next"`. */
    async *pages<T>(url: string): AsyncGenerator<Page<T>> {
        let next: string | undefined = url;
        while (next) {
            const page: Page<T> = await this.page<T>(next);
            yield page;
            next = page.links.next;
        }
    }

    /** One post by slug or id; an alias or a former slug is followed to the post. */
    post<FM = FrontMatter>(key: string | number, options: { markdown?: boolean } = {}): Promise<PostDetail<FM>> {
        return this.get<PostDetail<FM>>(`api/posts/${encodeURIComponent(String(key))}`, {
            include: options.markdown ? 'markdown' : undefined,
        }).then((fetched) => fetched.body);
    }

    /** Full-text search: ranked hits with highlights, and the tags of all hits. */
    search<FM = FrontMatter>(q: string, options?: SearchOptions): Promise<SearchResult<PostSummary<FM>>>;
    search<K extends FieldName, FM = FrontMatter>(q: string, options: SearchOptions<K> & { fields: readonly K[] }): Promise<SearchResult<PostFields<K, FM>>>;
    async search(q: string, options: SearchOptions<FieldName> = {}): Promise<SearchResult<unknown>> {
        const { fields, ...query } = options;
        const fetched = await this.get<Schemas['SearchPage']>('api/search', {
            ...query,
            q,
            fields: fields?.join(','),
        });
        return { ...fetched.body, links: links(fetched) } as SearchResult<unknown>;
    }

    /** Tags of published posts with their counts, by count (default) or by name. */
    tags(sort: 'count' | 'name' = 'count'): Promise<TagCount[]> {
        return this.get<TagCount[]>('api/tags', { sort: sort === 'count' ? undefined : sort }).then((f) => f.body);
    }

    /** One tag with its count. */
    tag(slug: string): Promise<TagCount> {
        return this.get<TagCount>(`api/tags/${encodeURIComponent(slug)}`, {}).then((f) => f.body);
    }

    /** Months with published posts, newest first. */
    archive(): Promise<ArchiveMonth[]> {
        return this.get<ArchiveMonth[]>('api/archive', {}).then((f) => f.body);
    }

    /** One answer of `/api/sync`; {@link syncPosts} applies them all to a store. */
    sync<FM = FrontMatter>(token?: string): Promise<SyncPage<FM>> {
        return this.get<SyncPage<FM>>('api/sync', { token }).then((f) => f.body);
    }

    private async page<T>(pathOrUrl: string, query: Query = {}): Promise<Page<T>> {
        const fetched = await this.get<Omit<Page<T>, 'links'>>(pathOrUrl, query);
        return { ...fetched.body, links: links(fetched) };
    }

    private async get<T>(pathOrUrl: string, query: Query): Promise<Fetched<T>> {
        const url = this.url(pathOrUrl, query);
        const headers: Record<string, string> = { Accept: 'application/json', ...this.options.headers };
        if (this.options.previewToken && this.options.previewVia !== 'query') {
            headers['Authorization'] = `Bearer ${this.options.previewToken}`;
        }
        // Preview answers differ from public ones at the same URL when the token travels in a header.
        const key = headers['Authorization'] ? `${url}#preview` : url;
        const kept = this.cache ? await this.cache.get(key) : undefined;
        if (kept) {
            headers['If-None-Match'] = kept.etag;
        }
        // With our own validators the browser's cache must stay out of the way, or a 304 never reaches us.
        const response = await this.fetchImpl(url, this.cache ? { headers, cache: 'no-store' } : { headers });
        if (response.status === 304 && kept) {
            this.options.onResponse?.({ url, status: 304, fromCache: true });
            return {
                body: JSON.parse(kept.body) as T,
                url,
                headers: (name) => kept.headers[name.toLowerCase()] ?? response.headers.get(name),
            };
        }
        if (!response.ok) {
            this.options.onResponse?.({ url, status: response.status, fromCache: false });
            throw await QuireProblemError.from(response);
        }
        const text = await response.text();
        const etag = response.headers.get('etag');
        if (this.cache && etag) {
            const pagingHeaders: Record<string, string> = {};
            for (const name of ['link', 'x-total-count']) {
                const value = response.headers.get(name);
                if (value !== null) {
                    pagingHeaders[name] = value;
                }
            }
            await this.cache.set(key, { etag, body: text, headers: pagingHeaders });
        }
        this.options.onResponse?.({ url, status: response.status, fromCache: false });
        return { body: JSON.parse(text) as T, url: response.url || url, headers: (name) => response.headers.get(name) };
    }

    /** An absolute URL: a path below the base URL with a query, or an absolute URL as given. */
    private url(pathOrUrl: string, query: Query = {}): string {
        const url = new URL(pathOrUrl, this.baseUrl);
        for (const [name, value] of Object.entries(query)) {
            if (value === undefined || value === null || value === '') {
                continue;
            }
            for (const one of Array.isArray(value) ? value : [value]) {
                url.searchParams.append(name, String(one));
            }
        }
        if (this.options.previewToken && this.options.previewVia === 'query' && !url.searchParams.has('preview')) {
            url.searchParams.set('preview', this.options.previewToken);
        }
        return url.toString();
    }
}

/** A page of search hits, with the tags of all hits. */
export type SearchResult<P> = Omit<Schemas['SearchPage'], 'items'> & {
    items: SearchHit<P>[];
    links: Page<unknown>['links'];
};

function listQuery(options: PostsOptions<FieldName> | Omit<PostsOptions<FieldName>, 'page'>): Query {
    const { fields, ...query } = options;
    return { ...query, fields: fields?.join(',') };
}

function links(fetched: Fetched<unknown>): Page<unknown>['links'] {
    const parsed = parseLinks(fetched.headers('link'), fetched.url);
    return {
        first: parsed.get('first'),
        prev: parsed.get('prev'),
        next: parsed.get('next'),
        last: parsed.get('last'),
    };
}
