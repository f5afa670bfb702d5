/**
 * Fills `{name}` placeholders in an interface string with plain text (never HTML).
 * format('No region matches “{key}”', { key: 'x' }) → 'No region matches “x”'
 */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}
