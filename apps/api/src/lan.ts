import type { NetworkInterfaceInfo } from 'node:os';

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/**
 * The addresses other computers of the office open, when the server listens on every interface (HOST=0.0.0.0
 * or ::): each non-loopback IPv4 address; none when it listens on one address only (that one is printed already).
 */
export function lanUrls(host: string, port: number, interfaces: Interfaces): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [];
  const urls: string[] = [];
  for (const list of Object.values(interfaces)) {
    for (const i of list ?? []) {
      if (i.family === 'IPv4' && !i.internal) urls.push(`http://${i.address}:${port}`);
    }
  }
  return urls;
}
