// Upstream text (paths, parameter and schema names, media types, tags) in the Markdown that spec:sync writes —
// the changeset, which becomes the CHANGELOG, and the pull request's report. Each piece is one code span, whatever
// it contains: the fence is longer than any run of backticks inside, and line breaks and other control characters
// are shown escaped, so nothing upstream writes can end the span, start a block or add a heading.

const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` as one Markdown code span. */
export function codeSpan(text: string): string {
  const shown = text.replace(CONTROL, (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (shown === '') return '""';
  const longestRun = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // CommonMark strips one space on each side when both are there: padding keeps a leading or trailing backtick apart from the fence.
  const padded = /^[` ]|[` ]$/.test(shown) ? ` ${shown} ` : shown;
  return `${fence}${padded}${fence}`;
}
