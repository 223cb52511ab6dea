import sanitizeHtml from 'sanitize-html';

/**
 * The funding materials' rich text as the editor produces it (paragraphs,
 * emphasis, lists, tables, links); scripts, event handlers, styles and any
 * other tag are removed on the server, whatever the client sent.
 */
export function sanitizeMaterials(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'h1', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
    allowedAttributes: { a: ['href', 'title'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
    allowedSchemes: ['http', 'https', 'mailto'],
  }).trim();
}
