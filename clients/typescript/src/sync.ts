import type { QuireClient } from './client.js';
import { QuireProblemError } from './errors.js';
import type { FrontMatter, PostContent, PostId } from './types.js';

/**
 * Where an offline copy of the published posts lives (memory, IndexedDB, SQLite, files): posts by id,
 * and the token of the last complete sync. Methods may return promises.
 */
export interface SyncStore<FM = FrontMatter> {
    /** The `nextToken` of the last complete sync, or undefined before the first. */
    token(): string | undefined | Promise<string | undefined>;
    /** Keeps a post, replacing the one with the same id (compare ids by type and value: 2 is not "2"). */
    put(post: PostContent<FM>): void | Promise<void>;
    /** Drops a post by id; an unknown id is not an error. */
    remove(id: PostId): void | Promise<void>;
    /** Stores the token once every page of a sync has been applied. */
    setToken(token: string): void | Promise<void>;
    /** Drops everything, token included: the next sync is a full one. */
    clear(): void | Promise<void>;
}

/** What one {@link syncPosts} did. */
export interface SyncReport {
    /** Posts created or replaced. */
    put: number;
    /** Posts dropped. */
    removed: number;
    /** Answers of `/api/sync` read. */
    pages: number;
    /** Whether the store was emptied and filled again because the server no longer knew its token. */
    reset: boolean;
}

/**
 * Brings a store up to date with `/api/sync`: drops what `deleted` lists, then keeps every item, page
 * after page, and stores the new token only when the last page is applied (an interrupted sync is
 * simply run again: applying a post twice is harmless). When the server answers that the stored token
 * is too old or not its own (410, or 400 for `token`), the store is cleared and filled by a full sync.
 */
export async function syncPosts<FM = FrontMatter>(client: QuireClient, store: SyncStore<FM>): Promise<SyncReport> {
    const report: SyncReport = { put: 0, removed: 0, pages: 0, reset: false };
    let token = await store.token();
    for (;;) {
        let page;
        try {
            page = await client.sync<FM>(token);
        } catch (error) {
            if (!report.reset && token !== undefined && isStaleToken(error)) {
                await store.clear();
                report.reset = true;
                token = undefined;
                continue;
            }
            throw error;
        }
        report.pages++;
        for (const gone of page.deleted) {
            await store.remove(gone.id);
            report.removed++;
        }
        for (const post of page.items) {
            await store.put(post);
            report.put++;
        }
        if (page.nextPageToken) {
            token = page.nextPageToken;
            continue;
        }
        if (page.nextToken) {
            await store.setToken(page.nextToken);
        }
        return report;
    }
}

function isStaleToken(error: unknown): boolean {
    return (
        error instanceof QuireProblemError &&
        (error.status === 410 || (error.status === 400 && error.fieldErrors('token').length > 0))
    );
}

/** A {@link SyncStore} in memory, ids compared by type and value. */
export class MemorySyncStore<FM = FrontMatter> implements SyncStore<FM> {
    private readonly byId = new Map<string, PostContent<FM>>();
    private currentToken: string | undefined;

    token(): string | undefined {
        return this.currentToken;
    }

    put(post: PostContent<FM>): void {
        this.byId.set(key(post.id), post);
    }

    remove(id: PostId): void {
        this.byId.delete(key(id));
    }

    setToken(token: string): void {
        this.currentToken = token;
    }

    clear(): void {
        this.byId.clear();
        this.currentToken = undefined;
    }

    get(id: PostId): PostContent<FM> | undefined {
        return this.byId.get(key(id));
    }

    /** Every post kept, in no particular order. */
    posts(): PostContent<FM>[] {
        return [...this.byId.values()];
    }
}

function key(id: PostId): string {
    return `${typeof id}:${id}`;
}
