/** What a response needs to be answered again from a 304: its body and the headers a 304 does not repeat. */
export interface CachedResponse {
    etag: string;
    body: string;
    /** `Link` and `X-Total-Count`, which a 304 does not carry. */
    headers: Record<string, string>;
}

/**
 * Where the client keeps responses by URL, to send `If-None-Match` and reuse the body on a 304. Any
 * store works (IndexedDB, localStorage, a file): methods may return promises.
 */
export interface ETagCache {
    get(url: string): CachedResponse | undefined | Promise<CachedResponse | undefined>;
    set(url: string, response: CachedResponse): void | Promise<void>;
    delete(url: string): void | Promise<void>;
}

/** An in-memory cache of the most recently used responses, bounded by count. */
export class MemoryETagCache implements ETagCache {
    private readonly entries = new Map<string, CachedResponse>();

    constructor(private readonly maxEntries = 500) {}

    get(url: string): CachedResponse | undefined {
        const entry = this.entries.get(url);
        if (entry) {
            // most recently used last
            this.entries.delete(url);
            this.entries.set(url, entry);
        }
        return entry;
    }

    set(url: string, response: CachedResponse): void {
        this.entries.delete(url);
        this.entries.set(url, response);
        while (this.entries.size > this.maxEntries) {
            const oldest = this.entries.keys().next().value;
            if (oldest === undefined) {
                break;
            }
            this.entries.delete(oldest);
        }
    }

    delete(url: string): void {
        this.entries.delete(url);
    }

    get size(): number {
        return this.entries.size;
    }
}
