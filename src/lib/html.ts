// Escaping text for HTML and XML built outside components (feeds, share cards, JSON-LD, sanitized bodies).

// Characters no XML document may carry and HTML treats as errors: C0 controls other than tab and line breaks,
// DEL and the C1 controls, unpaired surrogates and the noncharacters U+FFFE/U+FFFF.

const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML forbids. */
export function stripForbiddenChars(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** Escapes all five special characters and drops forbidden ones: safe in HTML and XML text and quoted attributes. */
export function escapeHtml(text: string): string {
  return stripForbiddenChars(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}
