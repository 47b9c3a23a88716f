// The GitHub workflows, checked offline by a real workflow linter (@action-validator/core, a wasm build in its npm
// package) — and every `run` step is a package script of this repository, the scripts the other tests exercise.
import { validateWorkflow } from '@action-validator/core';
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const repo = join(import.meta.dirname, '..', '..');
const workflowsDir = join(repo, '.github', 'workflows');
const workflows = (await readdir(workflowsDir)).filter((f) => f.endsWith('.yml')).sort();
const scripts = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8')).scripts as Record<string, string>;

/** The linter's errors for a workflow's text (what `npm run lint:workflows` reports). */
const lint = (text: string) => validateWorkflow(text).errors;

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}
const stepsOf = async (file: string): Promise<Step[]> => {
  const workflow = parse(await readFile(join(workflowsDir, file), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
  return Object.values(workflow.jobs).flatMap((job) => job.steps);
};

test('the three workflows exist', () => {
  expect(workflows).toEqual(['ci.yml', 'regenerate.yml', 'release.yml']);
});

describe.each(workflows)('%s', (file) => {
  test('passes the workflow linter', async () => {
    expect(lint(await readFile(join(workflowsDir, file), 'utf8'))).toEqual([]);
  });

  test('every run step calls a package script that exists (or .ci/run, which ends in npm test)', async () => {
    const commands = (await stepsOf(file)).flatMap((step) => (step.run && step.run.trim() !== 'bash .ci/run' ? [step.run] : []));
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      const script = /^npm (?:run ([\w:]+)|(test))(?: -- .*)?$/.exec(command.trim());
      expect(script, `${file}: "${command}" is not \`npm run <script>\``).not.toBeNull();
      expect(scripts, `${file}: no script "${script![1] ?? script![2]}"`).toHaveProperty(script![1] ?? script![2]!);
    }
  });
});

test('the release workflow versions and publishes through the tested scripts, with provenance', async () => {
  const action = (await stepsOf('release.yml')).find((step) => step.uses?.startsWith('changesets/action@'));
  expect(action?.with).toMatchObject({ version: 'npm run release:version', publish: 'npm run release:publish' });
  const text = await readFile(join(workflowsDir, 'release.yml'), 'utf8');
  expect(text).toContain('NPM_CONFIG_PROVENANCE: true');
  expect(text).toContain('id-token: write');
});

test('CI lints the workflows with the same linter, file by file', async () => {
  expect((await stepsOf('ci.yml')).map((step) => step.run)).toContain('npm run lint:workflows');
  const run = await promisify(execFile)(process.execPath, [join(repo, 'tools', 'scripts', 'lint-workflows.ts')]);
  expect(run.stdout.trim().split('\n')).toEqual(workflows.map((file) => `ok  .github/workflows/${file}`));
});

test('CI runs the tests through .ci/run, which installs the redis-server the Redis tests need (tools/test/redis-install.test.ts)', async () => {
  expect((await stepsOf('ci.yml')).map((step) => step.run)).toContain('bash .ci/run');
  expect(await readFile(join(repo, '.ci', 'run'), 'utf8')).toMatch(/\nbash tools\/scripts\/install-redis-server\.sh\n[\s\S]*\nnpm test\n/);
});

test('pull requests are opened with the bot token when configured, so CI runs on them', async () => {
  const pr = (await stepsOf('regenerate.yml')).find((step) => step.uses?.startsWith('peter-evans/create-pull-request@'));
  expect(pr?.with?.token).toBe('${{ secrets.CLARA_BOT_TOKEN || github.token }}');
  const release = await stepsOf('release.yml');
  expect(release.find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.token).toBe('${{ secrets.CLARA_BOT_TOKEN || github.token }}');
  expect(await readFile(join(workflowsDir, 'release.yml'), 'utf8')).toContain('GITHUB_TOKEN: ${{ secrets.CLARA_BOT_TOKEN || secrets.GITHUB_TOKEN }}');
});

describe('the linter catches broken workflows, naming where', () => {
  const broken: Record<string, [yaml: string, path: string]> = {
    'a misspelt key': ['name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: echo\n', '/jobs/a'],
    'a job that needs a missing job': ['name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: build\n    steps:\n      - run: echo\n', '/jobs/a/needs'],
    'an unknown trigger': ['name: x\non: pushed\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n', '/on'],
  };
  test.each(Object.entries(broken))('%s', (_, [yaml, path]) => {
    expect(lint(yaml).map((error) => ('path' in error ? error.path : undefined))).toEqual([path]);
  });
});
