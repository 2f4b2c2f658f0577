import { onlineRoomService } from '../../src/core/online-room';

describe('onlineRoomService', () => {
  it.each([
    ['https://teams.microsoft.com/l/meetup-join/19%3a…', 'Microsoft Teams'],
    ['https://teams.live.com/meet/9312?p=abc', 'Microsoft Teams'],
    ['https://us02web.zoom.us/j/8123?pwd=xyz', 'Zoom'],
    ['https://meet.google.com/abc-defg-hij', 'Google Meet'],
    ['https://hanoi.webex.com/meet/x', 'Webex'],
    ['https://www.hop-truc-tuyen.vn/phong/12', 'hop-truc-tuyen.vn'],
  ])('names the service of %s', (url, name) => {
    expect(onlineRoomService(url)).toBe(name);
  });

  it('is not fooled by a look-alike host and gives null without a usable link', () => {
    expect(onlineRoomService('https://zoom.us.evil.example/j/1')).toBe('zoom.us.evil.example');
    expect(onlineRoomService('https://notzoom.us/j/1')).toBe('notzoom.us');
    expect(onlineRoomService(null)).toBeNull();
    expect(onlineRoomService('')).toBeNull();
    expect(onlineRoomService('not a link')).toBeNull();
  });
});
