const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

/**
 * The plain text of an HTML body cut to `characterLimit` characters (`…` marks a cut, as
 * `Product.plainTextDescription` does): what `plainTextSummary(characterLimit:)` answers.
 */
export function plainTextSummary(html: string, characterLimit: number | null | undefined): string {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e]!)
    .replace(/\s+/g, ' ')
    .trim();
  if (characterLimit == null || text.length <= characterLimit) return text;
  return `${text.slice(0, Math.max(0, characterLimit - 3))}...`;
}
