import { describe, expect, it } from 'vitest';
import { isTrustedSender, navigationAllowed } from '../../../electron/window-options.ts';
import { CONTENT_SECURITY_POLICY } from '../../../core/guards/csp.ts';

describe('the Electron window', () => {
  it('takes API calls only from our own top frame', () => {
    expect(isTrustedSender({ url: 'app://qicao/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://qicao/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///etc/passwd', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://other/index.html', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('refuses to navigate anywhere else', () => {
    expect(navigationAllowed('app://qicao/index.html')).toBe(true);
    expect(navigationAllowed('https://example.com/')).toBe(false);
    expect(navigationAllowed('app://qicao.evil/')).toBe(false);
    expect(navigationAllowed('file:///')).toBe(false);
  });

  it('has a CSP without inline or eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });
});
