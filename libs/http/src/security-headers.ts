/** An API answers JSON: nothing in an answer may load anything, be framed, or post a form. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The headers every answer carries, an error's included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': API_CONTENT_SECURITY_POLICY,
  // A JSON answer must never be taken for a script or a page because of what it contains.
  'X-Content-Type-Options': 'nosniff',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  // Ids of lots, permits and guides travel in URLs: no other site learns them from a Referer.
  'Referrer-Policy': 'no-referrer',
};

/** A request hook setting `SECURITY_HEADERS` on every answer; a route that serves pages (the API docs) may set its own policy after. */
export function securityHeaders(_request: unknown, reply: { headers(values: Record<string, string>): unknown }, done: () => void): void {
  reply.headers(SECURITY_HEADERS);
  done();
}
