import { isPrivateAddressOrRange } from './policy/private-ip.js';

/**
 * Whether an IP address or CIDR range is reachable on the public Internet, with the meaning
 * Python's `ipaddress` gives `is_global`, on which Prowler's exposure verdicts rest: not private
 * and, for IPv4, not inside the carrier-grade shared space 100.64.0.0/10. Text that is not an
 * address or range is not global.
 */
export function isGlobalAddress(text: string): boolean {
  return isPrivateAddressOrRange(text) === false && !withinSharedAddressSpace(text);
}

/** 100.64.0.0/10 (RFC 6598): neither private nor global in Python's terms. */
function withinSharedAddressSpace(text: string): boolean {
  if (text.includes(':')) return false;
  const [address = '', prefix] = text.split('/');
  const [first, second] = address.split('.').map(Number);
  const prefixLength = prefix === undefined ? 32 : Number(prefix);
  return first === 100 && second !== undefined && second >= 64 && second <= 127 && prefixLength >= 10;
}
