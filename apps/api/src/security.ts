import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

// Same-origin everything; inline style attributes are React's (chart heights), data:/blob: images are
// the favicon and chart PNG downloads.
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  // added per request below, only over https
  upgradeInsecureRequests: null,
};

const HSTS = 'max-age=15552000; includeSubDomains';

/**
 * Security headers. An office opens the dashboard over plain http by the server's name or LAN address:
 * `upgrade-insecure-requests` or HSTS there would send every asset to an https port nobody serves (a
 * blank page), so they go only on requests that came over https — directly, or through a proxy when
 * TRUST_PROXY lets Fastify believe its X-Forwarded-Proto.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { directives: CSP },
    hsts: false,
    // browsers ignore it on http origins and log an error for every page
    crossOriginOpenerPolicy: false,
  });
  app.addHook('onRequest', async (req, reply) => {
    if (req.protocol !== 'https') return;
    const csp = reply.raw.getHeader('content-security-policy');
    if (typeof csp === 'string') {
      reply.raw.setHeader('content-security-policy', `${csp};upgrade-insecure-requests`);
    }
    reply.raw.setHeader('strict-transport-security', HSTS);
    reply.raw.setHeader('cross-origin-opener-policy', 'same-origin');
  });
}
