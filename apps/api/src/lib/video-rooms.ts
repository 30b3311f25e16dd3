import { randomBytes } from 'node:crypto';

/** Gives each online colloquio a room of its own; the provider is chosen by configuration. */
export interface VideoRoomProvider {
  newRoomUrl(): string;
}

/** Jitsi-style rooms: an unguessable name under the server's address is the room. */
export function jitsiRooms(baseUrl: string): VideoRoomProvider {
  const base = baseUrl.replace(/\/$/, '');
  return { newRoomUrl: () => `${base}/sportello-${randomBytes(12).toString('hex')}` };
}
