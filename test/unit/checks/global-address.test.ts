import { describe, expect, it } from 'vitest';
import { isGlobalAddress, prefixLengthOf } from '../../../src/checks/global-address.js';

describe('isGlobalAddress, as Python 3.12 ipaddress answers is_global', () => {
  it.each([
    ['0.0.0.0/0', true],
    ['203.0.113.0/24', false],
    ['198.51.100.7', false],
    ['10.1.2.3', false],
    ['100.64.0.0/10', false],
    ['52.94.0.0/16', true],
    ['52.94.1.1', true],
    ['192.0.0.9', true],
    ['::/0', true],
    ['fd00::1', false],
    ['2600:1f18::1', true],
    ['2001:db8::/32', false],
    ['not an address', false],
    ['10.0.0.0/33', false],
  ])('%s: %s', (text, global) => {
    expect(isGlobalAddress(text)).toBe(global);
  });

  it('reads the prefix length of a range, nothing of other text', () => {
    expect(prefixLengthOf('52.94.0.0/16')).toBe(16);
    expect(prefixLengthOf('::/0')).toBe(0);
    expect(prefixLengthOf('52.94.1.1')).toBeUndefined();
  });
});
