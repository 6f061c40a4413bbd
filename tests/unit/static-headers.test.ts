import { describe, expect, it } from 'vitest';
import { sitePolicy } from '../../src/integrations/static-headers.ts';

describe("the site's _headers policy", () => {
  it('allows in each directive what any page allows, each source once', () => {
    const policy = sitePolicy([
      "default-src 'self'; script-src 'self' 'sha256-a'",
      "default-src 'self'; script-src 'self' 'sha256-b' 'wasm-unsafe-eval'",
    ]);
    expect(policy).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b' 'wasm-unsafe-eval'");
  });

  it('refuses pages whose policies name different directives, which merging would narrow', () => {
    expect(() => sitePolicy(["default-src 'self'", "default-src 'self'; worker-src blob:"])).toThrow(
      /different directives/,
    );
  });
});
