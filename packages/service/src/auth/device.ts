import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a browser stays trusted for an account after it signed in. */
export const DEVICE_DAYS = 180;

const mac = (user: { id: number; passwordHash: string }, issued: number) =>
  createHmac('sha256', user.passwordHash).update(`${user.id}.${issued}`).digest('base64url');

/**
 * A device cookie: proof that this browser once signed in to this account. Keyed with the account's
 * password hash, so it needs no storage and a password change withdraws every one of them.
 */
export function deviceToken(user: { id: number; passwordHash: string }, now = new Date()): string {
  const issued = Math.floor(now.getTime() / 1000);
  return `${user.id}.${issued}.${mac(user, issued)}`;
}

/** The browser's id for the limiter when its device cookie is valid for this account, else null. */
export function trustedDevice(
  token: string | undefined,
  user: { id: number; passwordHash: string } | undefined,
  now = new Date(),
): string | null {
  if (!token || !user) return null;
  const [id, issued, sent] = token.split('.');
  if (Number(id) !== user.id || !issued || !sent || !/^\d+$/.test(issued)) return null;
  const age = now.getTime() / 1000 - Number(issued);
  if (age < 0 || age > DEVICE_DAYS * 86_400) return null;
  const expected = Buffer.from(mac(user, Number(issued)));
  const given = Buffer.from(sent);
  return given.length === expected.length && timingSafeEqual(given, expected) ? sent : null;
}
