export type Route = { name: 'library' } | { name: 'read'; id: string };

const readPattern = /^#\/read\/([a-f0-9]{16})\/?$/;

/** The route lives in the hash so a reload (in Electron or a browser) stays on the same article. */
export function parseRoute(hash: string): Route {
  const match = readPattern.exec(hash);
  return match?.[1] ? { name: 'read', id: match[1] } : { name: 'library' };
}

export function hrefFor(route: Route): string {
  return route.name === 'read' ? `#/read/${route.id}` : '#/';
}
