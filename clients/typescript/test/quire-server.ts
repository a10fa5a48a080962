import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root, from dist/test/ of this package. */
export const REPOSITORY = resolve(fileURLToPath(new URL('../../../../', import.meta.url)));

export const ADMIN_TOKEN = 'ts-admin-token';
export const PREVIEW_TOKEN = 'ts-preview-token';

/** A Quire started for the tests, on the fixture content plus a post with a string id. */
export interface RunningQuire {
    url: string;
    contentDir: string;
    stop(): Promise<void>;
}

/**
 * Starts the packaged server (`./mvnw package -DskipTests` builds target/quarkus-app) on a free port of
 * 127.0.0.1, over a copy of the test fixture content, with an in-memory database, an admin token, a
 * preview token and sync pages of 3 posts; resolves once it is ready.
 */
export async function startQuire(): Promise<RunningQuire> {
    const jar = join(REPOSITORY, 'target', 'quarkus-app', 'quarkus-run.jar');
    if (!existsSync(jar)) {
        throw new Error(`${jar} is missing: run ./mvnw -B package -DskipTests in ${REPOSITORY} first`);
    }
    const home = mkdtempSync(join(tmpdir(), 'quire-ts-'));
    const contentDir = join(home, 'content');
    cpSync(join(REPOSITORY, 'src', 'test', 'resources', 'content', 'site'), contentDir, { recursive: true });
    writeFileSync(
        join(contentDir, 'string-id.md'),
        '---\nid: "intro"\ntitle: "Only Headings"\ndate: 2024-01-10\ntags: [contract]\n---\n\n## A heading\n\n### No paragraph\n',
    );
    const server = spawn('java', ['-XX:+UseSerialGC', '-Xmx256m', '-jar', jar], {
        cwd: home,
        env: {
            ...process.env,
            QUARKUS_HTTP_HOST: '127.0.0.1',
            QUARKUS_HTTP_PORT: '0',
            QUARKUS_DATASOURCE_JDBC_URL: 'jdbc:h2:mem:quire-ts;DB_CLOSE_DELAY=-1',
            QUIRE_CONTENT_DIR: contentDir,
            QUIRE_ADMIN_TOKEN: ADMIN_TOKEN,
            QUIRE_PREVIEW_TOKEN: PREVIEW_TOKEN,
            QUIRE_SYNC_PAGE_SIZE: '3',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    const url = await new Promise<string>((found, failed) => {
        const timer = setTimeout(() => failed(new Error(`Quire did not start within 90 s:\n${log}`)), 90_000);
        const read = (chunk: Buffer) => {
            log += chunk.toString();
            const listening = /Listening on: (http:\/\/[^\s,]+)/.exec(log);
            if (listening?.[1]) {
                clearTimeout(timer);
                found(listening[1].replace('0.0.0.0', '127.0.0.1'));
            }
        };
        server.stdout?.on('data', read);
        server.stderr?.on('data', read);
        server.on('exit', (code) => {
            clearTimeout(timer);
            failed(new Error(`Quire exited with ${code}:\n${log}`));
        });
    });
    await ready(url);
    return {
        url,
        contentDir,
        async stop() {
            await stop(server);
            rmSync(home, { recursive: true, force: true });
        },
    };
}

async function ready(url: string): Promise<void> {
    for (let attempt = 0; attempt < 120; attempt++) {
        const health = await fetch(`${url}/q/health/ready`).catch(() => undefined);
        if (health?.ok) {
            return;
        }
        await new Promise((resolveLater) => setTimeout(resolveLater, 500));
    }
    throw new Error(`Quire at ${url} did not become ready`);
}

function stop(server: ChildProcess): Promise<void> {
    return new Promise((stopped) => {
        if (server.exitCode !== null) {
            stopped();
            return;
        }
        const kill = setTimeout(() => server.kill('SIGKILL'), 15_000);
        server.once('exit', () => {
            clearTimeout(kill);
            stopped();
        });
        server.kill('SIGTERM');
    });
}

/** Runs an import through the admin API, as an author's tooling would after changing files. */
export async function importNow(url: string): Promise<void> {
    const response = await fetch(`${url}/api/admin/import`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    if (!response.ok) {
        throw new Error(`import failed: ${response.status} ${await response.text()}`);
    }
}
