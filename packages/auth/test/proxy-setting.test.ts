// Which proxy the transport uses, read from the option or the environment: its credentials never part of what is
// shown, and registered with the redaction boundary until the transport closes.
import { describe, expect, it } from 'vitest';
import { ClaraConfigError, redact, resolveProxy } from '@org/clara-auth';

describe('resolveProxy', () => {
  it('is undefined without a proxy, and with proxy: false whatever the environment says', () => {
    expect(resolveProxy(undefined, {})).toBeUndefined();
    expect(resolveProxy(undefined, { HTTPS_PROXY: '  ' })).toBeUndefined();
    expect(resolveProxy(false, { HTTPS_PROXY: 'http://proxy.internal:3128' })).toBeUndefined();
  });

  it('reads https_proxy before HTTPS_PROXY, and NO_PROXY / no_proxy with it; HTTP_PROXY is not for HTTPS', () => {
    expect(resolveProxy(undefined, { HTTP_PROXY: 'http://plain:80' })).toBeUndefined();
    expect(resolveProxy(undefined, { HTTPS_PROXY: 'http://upper:3128', https_proxy: 'http://lower:3128', NO_PROXY: 'localhost' })).toMatchObject({ url: 'http://lower:3128', source: 'https_proxy', noProxy: 'localhost' });
    expect(resolveProxy(undefined, { HTTPS_PROXY: 'https://upper:3129' })).toMatchObject({ url: 'https://upper:3129', source: 'HTTPS_PROXY', noProxy: '' });
  });

  it('the option wins over the environment, and NO_PROXY is not applied to it', () => {
    const proxy = resolveProxy('http://chosen:8080', { HTTPS_PROXY: 'http://env:3128', NO_PROXY: '*' });
    expect(proxy).toMatchObject({ url: 'http://chosen:8080', source: 'the proxy option', authenticated: false });
    expect(proxy).not.toHaveProperty('noProxy');
  });

  it('credentials become Proxy-Authorization, are left out of the URL shown, and are redacted until released', () => {
    const proxy = resolveProxy(new URL('http://ops%40corp:s3cr%3At%2Fpass@proxy.internal:3128'))!;
    expect(proxy).toMatchObject({ url: 'http://proxy.internal:3128', authenticated: true, token: `Basic ${Buffer.from('ops@corp:s3cr:t/pass').toString('base64')}` });
    expect(redact('proxy said s3cr:t/pass and s3cr%3At%2Fpass')).toBe('proxy said [REDACTED] and [REDACTED]');
    proxy.secrets.release();
  });

  it('a user name without a password (an API key as the user) is a credential: registered, raw and decoded, and user: too', () => {
    const proxy = resolveProxy('http://pk_live%2FAPIKEY7@proxy.internal:3128')!;
    expect(proxy).toMatchObject({ url: 'http://proxy.internal:3128', authenticated: true, token: `Basic ${Buffer.from('pk_live/APIKEY7:').toString('base64')}` });
    expect(redact('proxy refused pk_live/APIKEY7 (pk_live%2FAPIKEY7), as pk_live/APIKEY7:')).toBe('proxy refused [REDACTED] ([REDACTED]), as [REDACTED]');
    proxy.secrets.release();
  });

  it('anything but an http(s) URL is a ClaraConfigError that does not quote the credentials', () => {
    expect(() => resolveProxy(undefined, { HTTPS_PROXY: 'user:pw-secret@[bad' })).toThrow(ClaraConfigError);
    expect(() => resolveProxy('http://user:pw-secret@[bad')).toThrow('the proxy option is not a proxy URL such as http://proxy.internal:3128 (its value is not shown: it may carry credentials).');
    expect(() => resolveProxy('socks5://user:pw-secret@proxy:1080')).toThrow(/^the proxy option must be an http: or https: proxy URL, got socks5:\/\/proxy:1080$/);
  });
});
