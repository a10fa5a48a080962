export { QuireClient } from './client.js';
export type { Page, PostsOptions, QuireClientOptions, ResponseEvent, SearchOptions, SearchResult, SyncPage } from './client.js';
export { QuireProblemError } from './errors.js';
export { MemoryETagCache } from './etag-cache.js';
export type { CachedResponse, ETagCache } from './etag-cache.js';
export { parseLinks } from './links.js';
export { MemorySyncStore, syncPosts } from './sync.js';
export type { SyncReport, SyncStore } from './sync.js';
export type * from './types.js';
