import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, test } from 'vitest';
import { lanUrls } from './lan.ts';

const nic = (address: string, family: 'IPv4' | 'IPv6', internal: boolean): NetworkInterfaceInfo =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo;

const office = {
  lo: [nic('127.0.0.1', 'IPv4', true), nic('::1', 'IPv6', true)],
  eth0: [nic('192.168.1.20', 'IPv4', false), nic('fe80::1', 'IPv6', false)],
  wlan0: [nic('10.0.0.7', 'IPv4', false)],
};

describe('the addresses printed for the office network', () => {
  test.each<[string, string, string[]]>([
    [
      'lists every outside IPv4 address when listening on all IPv4 interfaces',
      '0.0.0.0',
      ['http://192.168.1.20:8080', 'http://10.0.0.7:8080'],
    ],
    [
      'lists them too when listening on all interfaces of both families',
      '::',
      ['http://192.168.1.20:8080', 'http://10.0.0.7:8080'],
    ],
    ['lists none when listening on loopback only', '127.0.0.1', []],
    ['lists none when listening on one chosen address (printed already)', '192.168.1.20', []],
  ])('%s', (_name, host, expected) => {
    expect(lanUrls(host, 8080, office)).toEqual(expected);
  });

  test('lists none on a machine with no outside interface', () => {
    expect(lanUrls('0.0.0.0', 8080, { lo: office.lo })).toEqual([]);
  });
});
