// The order in which `npm test` starts the test files of all projects: the longest first, whatever their project,
// so the run does not end with a few long files on an otherwise idle machine (vitest's own order takes one project
// after the other, by name: tools, whose files generate and type-check code, came last). The durations are those
// vitest recorded on the previous run; a first run (a fresh clone) has none and starts with the tools project.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // vitest's order within a project: failed first, then the longest (the largest without durations).
    const sorted = await super.sort(files);
    const results = new Map(files.map((spec) => [spec, this.ctx.cache.getTestSpecificationResult(spec)]));
    const timed = files.every((spec) => results.get(spec) !== undefined);
    const weight = (spec: TestSpecification) => (timed ? results.get(spec)!.duration : spec.project.name === 'tools' ? 1 : 0);
    const rank = new Map(sorted.map((spec, index) => [spec, index]));
    return [...sorted].sort(
      (a, b) =>
        a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder ||
        Number(results.get(b)?.failed ?? false) - Number(results.get(a)?.failed ?? false) ||
        weight(b) - weight(a) ||
        rank.get(a)! - rank.get(b)!,
    );
  }
}
