import type { Problem } from './types.js';

/**
 * Any answer other than a success, with its RFC 9457 problem body: `problem.type` says what kind
 * (`/problems/invalid-parameter`, `/problems/sync-token-expired`, `about:blank`), `problem.errors` names
 * bad parameters. A body that is not a problem (a proxy's HTML page, a CORS refusal) gives a problem
 * made from the status line.
 */
export class QuireProblemError extends Error {
    override readonly name = 'QuireProblemError';

    constructor(
        readonly status: number,
        readonly problem: Problem,
        readonly url: string,
    ) {
        super(`${status} ${problem.title}: ${problem.detail}`);
    }

    /** The problems of one parameter, for a 400. */
    fieldErrors(field: string): string[] {
        return (this.problem.errors ?? []).filter((error) => error.field === field).map((error) => error.message);
    }

    static async from(response: Response): Promise<QuireProblemError> {
        const text = await response.text().catch(() => '');
        let problem: Problem | undefined;
        if ((response.headers.get('content-type') ?? '').includes('json') && text) {
            try {
                const body = JSON.parse(text) as Partial<Problem>;
                if (typeof body.status === 'number' && typeof body.title === 'string') {
                    problem = { ...body, type: body.type ?? 'about:blank', detail: body.detail ?? '' } as Problem;
                }
            } catch {
                // not JSON after all: described from the status line below
            }
        }
        problem ??= {
            type: 'about:blank',
            title: response.statusText || `HTTP ${response.status}`,
            status: response.status,
            detail: text.slice(0, 200),
        };
        return new QuireProblemError(response.status, problem, response.url);
    }
}
