// Text of the status bar item and the language status item from the server's factcheck/status
// notification. Pure (no vscode import) so it is unit-tested.
import type { StatusParams } from '../../server/src/shared/protocol';

const n = (x: number) => x.toLocaleString('en-US');
const plural = (x: number, one: string, many = one + 's') => `${n(x)} ${x === 1 ? one : many}`;

export interface StatusBarText {
  text: string;
  tooltip: string;
  /** Show with the warning background (only part of the document was checked). */
  warning: boolean;
}

/** The status bar item for the active document; undefined = hide it (not a factcheck document, or not yet heard of). */
export function statusBarText(s: StatusParams | undefined): StatusBarText | undefined {
  if (!s || s.state === 'disabled' || s.state === 'skipped') return undefined;
  if (s.state === 'waiting')
    return { text: '$(quote) not checked', tooltip: 'factcheck: not checked yet (factcheck.run is "manual"). Run "factcheck: Check Document".', warning: false };
  const c = s.counts ?? { error: 0, warning: s.findings, information: 0, hint: 0 };
  const parts: string[] = [];
  if (c.error) parts.push(`$(error) ${n(c.error)}`);
  if (c.warning) parts.push(`$(warning) ${n(c.warning)}`);
  if (c.information) parts.push(`$(info) ${n(c.information)}`);
  if (c.hint) parts.push(`$(lightbulb) ${n(c.hint)}`);
  const partial = s.truncated ? ' · partial' : '';
  const lines = [
    `factcheck: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${n(c.information)} information, ${plural(c.hint, 'hint')} in this document` +
      (s.ms !== undefined ? ` (checked in ${n(s.ms)} ms)` : '') + '.',
  ];
  if (s.truncated) lines.push(`Only the first ${n(s.truncated.at)} of ${n(s.truncated.length)} characters were checked (factcheck.maxFileSize).`);
  lines.push('Click to show the Problems panel.');
  return { text: `$(quote) ${parts.length ? parts.join(' ') : '$(check)'}${partial}`, tooltip: lines.join('\n'), warning: !!s.truncated };
}

/** Text and detail of the language status item (the {} menu next to the language mode). */
export function languageStatusText(s: StatusParams | undefined): { text: string; detail: string; warning: boolean } {
  if (!s) return { text: 'factcheck', detail: 'waiting for the first check', warning: false };
  switch (s.state) {
    case 'disabled':
      return { text: 'factcheck: off', detail: 'factcheck.enable is false', warning: false };
    case 'skipped':
      return { text: 'factcheck: off', detail: 'language not in factcheck.languages', warning: false };
    case 'waiting':
      return { text: 'factcheck: not checked', detail: 'factcheck.run is manual: run "factcheck: Check Document"', warning: false };
    case 'checked':
      return {
        text: `factcheck: ${plural(s.findings, 'finding')}`,
        detail: s.truncated
          ? `checked the first ${n(s.truncated.at)} of ${n(s.truncated.length)} characters (factcheck.maxFileSize)`
          : `checked in ${n(s.ms ?? 0)} ms`,
        warning: !!s.truncated,
      };
  }
}
