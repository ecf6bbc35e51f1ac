/**
 * The Content Security Policy of every page. Scripts and styles come only from the site
 * itself: islands ship as files (no inline script), styles as one stylesheet (no inline
 * style). pagefind compiles its WebAssembly, hence 'wasm-unsafe-eval', and runs a worker.
 * JSON-LD blocks are data, not scripts, and need no exception.
 *
 * A <meta> policy cannot carry frame-ancestors; public/_headers sends it, with this same
 * policy, from hosts that read that file.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Headers for hosts that read a _headers file (Netlify, Cloudflare Pages); GitHub Pages ignores it. */
export function headersFile(): string {
  return `/*
  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  X-Frame-Options: DENY
`;
}
