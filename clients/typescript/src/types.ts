import type { components, operations } from './generated/openapi.js';

/** The schemas of the OpenAPI document, as openapi-typescript generates them from clients/openapi.json. */
export type Schemas = components['schemas'];

/**
 * A post's id. JSON has both kinds: integers (generated, or `id: 2` in front matter) and strings
 * (`id: "intro"`; `id: "2"` stays the string "2"). The document cannot type it more closely than "any
 * JSON value" without breaking some generators, so this client narrows it.
 */
export type PostId = number | string;

/** A post's other front matter keys, as the author wrote them. Give your own type to the client's methods. */
export type FrontMatter = Record<string, unknown>;

type WithPostTypes<T, FM> = Omit<T, 'id' | 'frontMatter'> & { id: PostId; frontMatter: FM };

/** A post in a list: no body. (Its front matter keys are also at the top level, untyped.) */
export type PostSummary<FM = FrontMatter> = WithPostTypes<Schemas['PostSummary'], FM>;
/** One post with its HTML, table of contents, neighbours and related posts. */
export type PostDetail<FM = FrontMatter> = WithPostTypes<Schemas['PostDetail'], FM>;
/** A post as sync delivers it: the summary plus html and toc. */
export type PostContent<FM = FrontMatter> = WithPostTypes<Schemas['PostContent'], FM>;
export type DeletedPost = Omit<Schemas['DeletedPost'], 'id'> & { id: PostId };
export type NavLink = Schemas['NavLink'];
export type TocEntry = Schemas['TocEntry'];
export type TagCount = Schemas['TagCount'];
export type ArchiveMonth = Schemas['ArchiveMonth'];
export type Highlights = Schemas['Highlights'];
export type Problem = Schemas['Problem'];

export type SearchHit<P> = Omit<Schemas['SearchHit'], 'post'> & { post: P };

/** The names `fields=` can ask for: summary fields, or front matter keys. */
export type FieldName = keyof Schemas['PostSummary'] | (string & {});

/**
 * What a post becomes with `fields=`: only the summary fields asked for (front matter keys asked for
 * come at the top level, as unknown).
 */
export type PostFields<K extends string, FM = FrontMatter> = Pick<PostSummary<FM>, Extract<K, keyof PostSummary<FM>>> & {
    [key in Exclude<K, keyof PostSummary<FM>>]?: unknown;
};

/** The filters and paging of `/api/posts` (also `/api/tags/{slug}/posts`), from the document. */
export type ListQuery = Omit<NonNullable<operations['listPosts']['parameters']['query']>, 'fields' | 'preview'>;
/** The filters and paging of `/api/search`, without `q` (given on its own). */
export type SearchQuery = Omit<NonNullable<operations['searchPosts']['parameters']['query']>, 'q' | 'fields' | 'preview'>;
