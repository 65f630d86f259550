/** Years written in text. */

/** The first year (1900–2099) written in a text, standing on its own. */
export function yearIn(text: string): number | null {
  const m = /(?:^|[^\d])((?:19|20)\d\d)(?!\d)/.exec(text);
  return m ? Number(m[1]) : null;
}
