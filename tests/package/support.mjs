// Helpers of the package's Node tests: the built package, the command line and
// seeded profiles. Run `bash scripts/build-package.sh` first.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const packageDir = join(root, 'target', 'package');

function run(command, args, input) {
  const result = spawnSync(command, args, { cwd: root, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.error) throw result.error;
  return result;
}

let built = false;
function buildNative() {
  if (!built) {
    const result = run('cargo', ['build', '-q', '-p', 'skillcheck', '--bin', 'skillcheck', '-p', 'skillcheck-engine-js', '--example', 'case_profiles']);
    if (result.status !== 0) throw new Error(`cargo build failed:\n${result.stderr}`);
    built = true;
  }
}

/** `skillcheck eval` on JSON Lines: one output line per input line, as text. */
export function cliEval(lines, { lang, date }) {
  buildNative();
  const result = run(join(root, 'target', 'debug', 'skillcheck'), ['eval', '--lang', lang, '--date', date], `${lines.join('\n')}\n`);
  const out = result.stdout.split('\n');
  out.pop();
  if (out.length !== lines.length) throw new Error(`skillcheck eval gave ${out.length} lines for ${lines.length}:\n${result.stderr}`);
  return out;
}

/** Every decision case of rulepacks/tests: {file, name, date, profile}. */
export function cases() {
  buildNative();
  const result = run(join(root, 'target', 'debug', 'examples', 'case_profiles'), []);
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim().split('\n').map((line) => JSON.parse(line));
}

/** A seeded generator (mulberry32): the same numbers on every run. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OCCUPATIONS = ['电工', '维修电工', '焊工', '育婴员', '养老护理员', 'electrician', '中式烹调师'];

/** A profile from the question contract: some facts unknown, some null, some set. */
export function generatedProfile(next, facts) {
  const profile = {};
  const certificate = (levels) => ({
    occupation: OCCUPATIONS[Math.floor(next() * OCCUPATIONS.length)],
    level: levels[Math.floor(next() * levels.length)].id,
  });
  for (const fact of facts) {
    const roll = next();
    if (roll < 0.35) continue;
    if (roll < 0.4) {
      profile[fact.key] = null;
      continue;
    }
    switch (fact.kind) {
      case 'yes_no':
        profile[fact.key] = next() < 0.5;
        break;
      case 'choice':
        profile[fact.key] = fact.values[Math.floor(next() * fact.values.length)].id;
        break;
      case 'certificate_list':
        profile[fact.key] = Array.from({ length: Math.floor(next() * 4) }, () => certificate(fact.levels));
        break;
      case 'certificate':
        profile[fact.key] = certificate(fact.levels);
        break;
    }
  }
  if (next() < 0.85) profile.wulong_tie = true;
  return profile;
}
