// Lints an OpenAPI document with spectral (spectral:oas) and redocly (recommended), and fails on any
// error and on any warning that accepted-warnings.json does not list and justify (docs/clients.md).
// A listed warning that no longer occurs fails too, so that the list stays true.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const document = process.argv[2] ?? join(here, '..', 'openapi.json');
const accepted = JSON.parse(readFileSync(join(here, 'accepted-warnings.json'), 'utf8'));
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', SCARF_ANALYTICS: 'false' };

function run(command, args) {
    try {
        return execFileSync(join(here, 'node_modules', '.bin', command), args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (failed) {
        // Both tools exit non-zero when they find errors; their report is still on stdout.
        if (failed.stdout) {
            return failed.stdout;
        }
        throw failed;
    }
}

const findings = [];
const spectral = JSON.parse(
    run('spectral', ['lint', '--ruleset', join(here, '.spectral.yaml'), '--format', 'json', '--quiet', document]) || '[]',
);
for (const result of spectral) {
    findings.push({
        tool: 'spectral',
        rule: result.code,
        severity: ['error', 'warning', 'info', 'hint'][result.severity],
        pointer: '/' + result.path.map((part) => String(part).replaceAll('~', '~0').replaceAll('/', '~1')).join('/'),
        message: result.message,
    });
}
const redocly = JSON.parse(run('redocly', ['lint', '--extends', 'recommended', '--format', 'json', document]));
for (const problem of redocly.problems) {
    findings.push({
        tool: 'redocly',
        rule: problem.ruleId,
        severity: problem.severity === 'warn' ? 'warning' : problem.severity,
        pointer: (problem.location?.[0]?.pointer ?? '#').replace(/^#/, '') || '/',
        message: problem.message,
    });
}

const isAccepted = (finding) =>
    finding.severity === 'warning' &&
    accepted.some((entry) => entry.tool === finding.tool && entry.rule === finding.rule && entry.pointer === finding.pointer);
let failures = 0;
for (const tool of ['spectral', 'redocly']) {
    const mine = findings.filter((finding) => finding.tool === tool);
    const count = (severity) => mine.filter((finding) => finding.severity === severity).length;
    console.log(`${tool}: ${count('error')} errors, ${count('warning')} warnings (${mine.filter(isAccepted).length} justified), ${count('info') + count('hint')} infos/hints`);
    for (const finding of mine) {
        const verdict = isAccepted(finding) ? 'justified' : finding.severity === 'error' || finding.severity === 'warning' ? 'FAIL' : 'note';
        console.log(`  [${verdict}] ${finding.severity} ${finding.rule} at ${finding.pointer}: ${finding.message}`);
        if (verdict === 'FAIL') {
            failures++;
        }
    }
}
for (const entry of accepted) {
    if (!findings.some((finding) => isAccepted(finding) && finding.tool === entry.tool && finding.rule === entry.rule && finding.pointer === entry.pointer)) {
        console.log(`  [FAIL] ${entry.tool} ${entry.rule} at ${entry.pointer} is listed in accepted-warnings.json but no longer occurs: remove it`);
        failures++;
    }
}
console.log(failures === 0 ? 'OpenAPI lint: OK' : `OpenAPI lint: ${failures} problem(s)`);
process.exit(failures === 0 ? 0 : 1);
