/** @docusaurus/Translate: the message, its `{placeholders}` filled from `values`, as Docusaurus does without a translation. */
export function translate({message}: {message: string; id?: string; description?: string}, values: Record<string, string> = {}): string {
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}
