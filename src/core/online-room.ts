/**
 * The name of the service behind an online meeting's link ("Microsoft Teams"),
 * which the minutes print instead of the link: a link may carry the room's
 * passcode, and the minutes travel to the upper committee and the archive.
 * Pure.
 */

const SERVICES: readonly { readonly name: string; readonly hosts: readonly string[] }[] = [
  { name: 'Microsoft Teams', hosts: ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'] },
  { name: 'Zoom', hosts: ['zoom.us', 'zoom.com'] },
  { name: 'Google Meet', hosts: ['meet.google.com'] },
  { name: 'Webex', hosts: ['webex.com'] },
  { name: 'Zalo', hosts: ['zalo.me', 'zalo.vn'] },
  { name: 'Jitsi Meet', hosts: ['meet.jit.si'] },
];

const within = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);

/** "Microsoft Teams" for a Teams link, the bare host for a service not listed, null without a usable link. */
export function onlineRoomService(joinUrl: string | null | undefined): string | null {
  if (!joinUrl) return null;
  let host: string;
  try {
    host = new URL(joinUrl).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (host === '') return null;
  return SERVICES.find((s) => s.hosts.some((h) => within(host, h)))?.name ?? host.replace(/^www\./, '');
}
