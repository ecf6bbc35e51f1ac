/**
 * The sanitiser for editors' Markdown prose. Entries come from strangers' pull requests,
 * so the HTML their Markdown renders to keeps only this allowlist:
 *
 * - text structure: p, br, strong, em, code, pre, blockquote, ul, ol, li, h3, h4, hr;
 * - tables: table, thead, tbody, tr, th, td;
 * - links: a with an https href only; every link gets rel="noopener noreferrer external".
 *
 * Everything else (script, iframe, style, img, event-handler attributes, javascript: and
 * data: URLs, class and style attributes) is removed; the text inside harmless unknown
 * tags is kept.
 */
import sanitizeHtml from 'sanitize-html';

export const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h3', 'h4', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a'];

export function sanitizeProse(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href', 'rel'] },
    allowedSchemes: ['https'],
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    // Dropped with their content: nothing inside them is prose.
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'template'],
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer external' } }),
    },
  });
}
