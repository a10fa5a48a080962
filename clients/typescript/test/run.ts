import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ADMIN_TOKEN, PREVIEW_TOKEN, startQuire } from './quire-server.js';

/**
 * Starts one Quire, runs the test files against it with Node's test runner (one at a time: the sync
 * test edits the content), and stops it. `--node-only` leaves out the browser test.
 */
const files = ['generated-types.test.js', 'client.test.js'];
if (!process.argv.includes('--node-only')) {
    files.push('browser.test.js');
}
const here = fileURLToPath(new URL('.', import.meta.url));
const quire = await startQuire();
let code = 1;
try {
    const runner = spawn(
        process.execPath,
        ['--test', '--test-concurrency=1', ...files.map((file) => here + file)],
        {
            stdio: 'inherit',
            env: {
                ...process.env,
                QUIRE_URL: quire.url,
                QUIRE_CONTENT_DIR: quire.contentDir,
                QUIRE_ADMIN_TOKEN: ADMIN_TOKEN,
                QUIRE_PREVIEW_TOKEN: PREVIEW_TOKEN,
            },
        },
    );
    code = await new Promise<number>((done) => runner.on('exit', (exit) => done(exit ?? 1)));
} finally {
    await quire.stop();
}
process.exit(code);
