// Short descriptions of rule ids for SARIF's tool.driver.rules. The engine owns the rules; when it
// exports a registry (id, description, default severity), use that instead of this fallback table.
const DESCRIPTIONS: Record<string, string> = {
  'unattributed-quote': 'A quotation with no speaker.',
  secondhand: 'A quote or claim that reached the article through another outlet, not first hand.',
  'max-file-size': 'The file is longer than the size limit; only its beginning was checked.',
};

export function ruleDescription(id: string): string {
  return DESCRIPTIONS[id] ?? `factcheck rule ${id}.`;
}
