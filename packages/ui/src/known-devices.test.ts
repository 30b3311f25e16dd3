import { describe, expect, it } from 'vitest';
import { KnownDevices } from './known-devices';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('KnownDevices', () => {
  it('keeps one token per email, whatever its case and spaces', () => {
    const devices = new KnownDevices('portal:devices', memoryStorage());
    expect(devices.tokenFor('giulia@esempio.it')).toBeNull();
    devices.remember(' Giulia@Esempio.it ', 'token-g');
    devices.remember('marco@esempio.it', 'token-m');
    expect(devices.tokenFor('giulia@esempio.it')).toBe('token-g');
    expect(devices.tokenFor('MARCO@esempio.it')).toBe('token-m');
  });

  it('reads damaged storage as empty', () => {
    const storage = memoryStorage();
    storage.setItem('portal:devices', '{not json');
    const devices = new KnownDevices('portal:devices', storage);
    expect(devices.tokenFor('giulia@esempio.it')).toBeNull();
    devices.remember('giulia@esempio.it', 'token-g');
    expect(devices.tokenFor('giulia@esempio.it')).toBe('token-g');
  });
});
