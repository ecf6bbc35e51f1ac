/** Small text helpers for cards and meta descriptions. */

/** Text safe inside XML and SVG, elements and attributes alike. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** "the Guard add-on", without doubling a name that already says add-on. */
export function addOnName(name: string): string {
  return /add-?on$/i.test(name) ? `the ${name}` : `the ${name} add-on`;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The first sentence of a paragraph, for cards that have room for one line. */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(?:\s|$)/s.exec(text.trim());
  return (match?.[1] ?? text).replace(/\s+/g, ' ').trim();
}
