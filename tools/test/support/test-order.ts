// The order in which `npm test` starts the test files: project by project (a worker runs the files of one project
// only, so each change of project on a worker slot starts a new worker, which loads TypeScript, hey-api and the
// generated clients again), the `all` project first; within it those of tools/ first (they generate and type-check
// code, and take longest), then the packages'; the largest first within each. The same order on every run, a
// fresh clone's included.
import { stat } from 'node:fs/promises';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export class ToolsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const size = new Map(await Promise.all(files.map(async (spec) => [spec, (await stat(spec.moduleId)).size] as const)));
    const project = (spec: TestSpecification) => (spec.project.name === 'all' ? 0 : 1);
    const weight = (spec: TestSpecification) => (spec.moduleId.includes('/tools/test/') ? 1 : 0);
    return [...files].sort(
      (a, b) =>
        a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder ||
        project(a) - project(b) ||
        a.project.name.localeCompare(b.project.name) ||
        weight(b) - weight(a) ||
        size.get(b)! - size.get(a)!,
    );
  }
}
