// The order in which `npm test` starts the test files: those of tools/ first (they generate and type-check code,
// and take longest), then the packages'; the largest first within each. The same order on every run, a fresh
// clone's included.
import { stat } from 'node:fs/promises';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export class ToolsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const size = new Map(await Promise.all(files.map(async (spec) => [spec, (await stat(spec.moduleId)).size] as const)));
    const weight = (spec: TestSpecification) => (spec.moduleId.includes('/tools/test/') ? 1 : 0);
    return [...files].sort(
      (a, b) =>
        a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder ||
        weight(b) - weight(a) ||
        size.get(b)! - size.get(a)!,
    );
  }
}
