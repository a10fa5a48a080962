/**
 * The relations of RFC 8288 `Link` header values: `<url>; rel="next"` and friends, one or more per
 * header line, several relations per link allowed (`rel="prev first"`). URLs are resolved against the
 * response's own URL.
 */
export function parseLinks(values: string | null | undefined, base: string): Map<string, string> {
    const links = new Map<string, string>();
    if (!values) {
        return links;
    }
    // One link: <...> then parameters up to the next comma outside quotes.
    const pattern = /<([^>]*)>((?:\s*;\s*[^;,=\s]+\s*(?:=\s*(?:"[^"]*"|[^;,\s]*))?)*)/g;
    for (const match of values.matchAll(pattern)) {
        const target = match[1] ?? '';
        const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]*))/i.exec(match[2] ?? '');
        const names = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
        for (const name of names) {
            if (!links.has(name)) {
                links.set(name, new URL(target, base).toString());
            }
        }
    }
    return links;
}
