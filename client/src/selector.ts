// Which documents the client hands to the server. Pure (no vscode import) so it is unit-tested.
import { DEFAULT_SETTINGS } from '../../server/src/shared/settings';

/**
 * URI schemes factcheck checks: files, untitled documents, and the virtual file systems of
 * GitHub/Remote Repositories (vscode-vfs) and @vscode/test-web. Not git:, output: or other
 * read-only views of a document, which would duplicate its findings.
 */
export const SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-vfs', 'vscode-test-web'];

export function documentSelector(languages: readonly string[]): { scheme: string; language: string }[] {
  return languages.flatMap((language) => SCHEMES.map((scheme) => ({ scheme, language })));
}

/**
 * The union of `factcheck.languages` over the window and every workspace folder (multi-root: each
 * folder may list its own; the server applies the document's own folder's list). Bad values are
 * skipped; nothing valid gives the default.
 */
export function languageUnion(values: readonly unknown[]): string[] {
  const out = new Set<string>();
  for (const v of values)
    if (Array.isArray(v)) for (const x of v) if (typeof x === 'string' && x.trim() !== '') out.add(x.trim());
  return out.size ? [...out].sort() : [...DEFAULT_SETTINGS.languages];
}
