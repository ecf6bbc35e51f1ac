/** Small text helpers for cards and meta descriptions. */

/** The first sentence of a paragraph, for cards that have room for one line. */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(?:\s|$)/s.exec(text.trim());
  return (match?.[1] ?? text).replace(/\s+/g, ' ').trim();
}
