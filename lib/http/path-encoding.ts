// Next.js decodes each dynamic path segment with decodeURIComponent before a route sees it; a malformed escape
// (`/studies/%ff`) throws there and Next answers a bare 500. proxy.ts checks the path first with this.

/** True when some segment of the (still encoded) path is not valid percent-encoded UTF-8. */
export function hasBadPercentEncoding(pathname: string): boolean {
  if (!pathname.includes('%')) return false;
  return pathname.split('/').some((segment) => {
    try {
      decodeURIComponent(segment);
      return false;
    } catch {
      return true;
    }
  });
}
