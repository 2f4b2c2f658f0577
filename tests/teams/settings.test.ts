/**
 * The cell's settings over the Teams protocol: the setup card answered to an
 * Action.Execute invoke, saved with a second invoke, refused on a bad value,
 * and the card reopened with "@chibo cài đặt" showing what was saved — the
 * bot server and the stand-in Bot Connector on loopback HTTP.
 */
import { inputById } from '../support/card-checks';
import { answeredCard, attachedCard, cardText, executeActions } from './card-text';
import { botAdded, execute, mention, scene, teamsUser, type TeamsScene, type TeamsUser } from './activities';
import { startTeamsHarness, type TeamsHarness } from './harness';

jest.setTimeout(60_000);

const SECRETARY = teamsUser(1, 'Lê Thị Minh Châu', 'chau.le@example.vn');
const MEMBER = teamsUser(2, 'Phan Văn Hùng', 'hung.phan@example.vn');

type Input = Record<string, unknown>;
const input = (card: unknown, id: string): Input => (inputById(card, id) ?? {}) as Input;

/** What Teams sends on "Lưu thiết lập": every input's current value. */
function formValues(card: unknown): Record<string, string> {
  const ids = [
    'cellName',
    'parentOrganisation',
    'locality',
    'meetingDay',
    'meetingTime',
    'timezone',
    'reminders',
    'quorum',
    'excusedInDenominator',
    'attachedInMayVote',
    'approvalRef',
    'approvalDate',
  ];
  return Object.fromEntries(ids.map((id) => [id, String(input(card, id)['value'] ?? '')]));
}

describe('cell settings over the Teams protocol', () => {
  let h: TeamsHarness;
  let s: TeamsScene;
  const press = async (who: TeamsUser, verb: string, data: Record<string, unknown>) => {
    const result = await h.post(execute(s, who, verb, data));
    expect(result.status).toBe(200);
    return answeredCard(result.body);
  };
  const cell = () => h.db.prisma.cell.findFirstOrThrow();

  beforeAll(async () => {
    h = await startTeamsHarness();
    s = scene(h.connector.serviceUrl);
    h.connector.setMembers([SECRETARY, MEMBER]);
    await h.post(botAdded(s, SECRETARY));
  });
  afterAll(async () => {
    await h?.close();
  });

  it('answers "Thiết lập chi bộ" with the form: timezones to choose by name, the rules with their defaults', async () => {
    const form = await press(SECRETARY, 'setup.start', {});
    const timezone = input(form, 'timezone');
    expect(timezone).toMatchObject({ type: 'Input.ChoiceSet', value: 'Asia/Ho_Chi_Minh' });
    expect((timezone['choices'] as { title: string }[])[0]?.title).toBe('Giờ Việt Nam (UTC+7)');
    expect(input(form, 'quorum')['value']).toBe('2/3');
    expect(input(form, 'excusedInDenominator')['value']).toBe('true');
    expect(input(form, 'locality')['value']).toBe('');
  });

  it('saves the settings with one audit row per change, and refuses a bad value leaving everything as it was', async () => {
    const form = await press(SECRETARY, 'setup.start', {});
    const values = {
      ...formValues(form),
      cellName: 'Chi bộ Văn phòng',
      locality: 'Hà Nội',
      quorum: '3/5',
      excusedInDenominator: 'false',
      attachedInMayVote: 'true',
      timezone: 'Asia/Tokyo',
    };
    const saved = await press(SECRETARY, 'setup.save', values);
    expect(cardText(saved)).toContain('Địa danh ghi trên biên bản: Hà Nội');
    expect(cardText(saved)).toContain('Giờ Nhật Bản – Tô-ky-ô (UTC+9)');
    expect(await cell()).toMatchObject({
      name: 'Chi bộ Văn phòng',
      locality: 'Hà Nội',
      quorumNumerator: 3,
      quorumDenominator: 5,
      excusedInDenominator: false,
      attachedInMayVote: true,
      timezone: 'Asia/Tokyo',
    });
    const secretary = await h.db.prisma.member.findFirstOrThrow({ where: { role: 'secretary' } });
    const audit = await h.db.prisma.auditEvent.findMany({ where: { type: 'cell.setting_changed' } });
    expect(audit.map((a) => (JSON.parse(a.data) as { field: string }).field).sort()).toEqual([
      'attachedInMayVote',
      'excusedInDenominator',
      'locality',
      'name',
      'quorum',
      'timezone',
    ]);
    expect(audit.every((a) => a.actorMemberId === secretary.id)).toBe(true);

    const before = await cell();
    const refused = await press(SECRETARY, 'setup.save', { ...values, locality: 'Huế', quorum: '1/4' });
    expect(cardText(refused)).toContain('Chưa hợp lệ: Số đảng viên chính thức cần có mặt (theo quy chế chi bộ)');
    expect(input(refused, 'locality')['value']).toBe('Huế');
    expect(await cell()).toEqual(before);
    expect(await h.db.prisma.auditEvent.count({ where: { type: 'cell.setting_changed' } })).toBe(audit.length);
  });

  it('reopens the form with "@chibo cài đặt", filled with what was saved', async () => {
    const posted = h.connector.posted.length;
    expect((await h.post(mention(s, SECRETARY, 'cài đặt'))).status).toBe(200);
    await h.flushOutbox();
    const form = h.connector.posted
      .slice(posted)
      .map((p) => attachedCard(p.activity))
      .find((card) => card && inputById(card, 'quorum'));
    expect(form).toBeDefined();
    expect(formValues(form)).toMatchObject({
      cellName: 'Chi bộ Văn phòng',
      locality: 'Hà Nội',
      quorum: '3/5',
      excusedInDenominator: 'false',
      attachedInMayVote: 'true',
      timezone: 'Asia/Tokyo',
    });
    expect(executeActions(form).map((a) => a.verb)).toEqual(['setup.save']);
  });

  it('offers "Cài đặt chi bộ" on the welcome card of a conversation already set up', async () => {
    const posted = h.connector.posted.length;
    expect((await h.post(botAdded(s, SECRETARY))).status).toBe(200);
    await h.flushOutbox();
    const welcome = h.connector.posted
      .slice(posted)
      .map((p) => attachedCard(p.activity))
      .find((card) => card && cardText(card).includes('Trợ lý sinh hoạt chi bộ'));
    expect(executeActions(welcome).map((a) => [a.title, a.verb])).toEqual([
      ['Cài đặt chi bộ', 'setup.start'],
      ['Danh sách đảng viên', 'setup.roster'],
    ]);
  });
});
