/**
 * The playground page: pick a cell and who you are, chat with the bot, press
 * card buttons. Everything goes through /playground/api as the chosen member.
 */
import {
  ApiFailure,
  fetchCard,
  fetchCells,
  fetchMembers,
  postTurn,
  type Member,
  type TurnInput,
  type TurnResponse,
} from './api';
import { renderCard, type CardActionEvent } from './cards';
import { memberLabel, memberOptionLabel, STRINGS, type Locale, type Strings } from './i18n';
import { newEntryId, Timeline, type Entry } from './timeline';

interface PageState {
  locale: Locale;
  cellId: string;
  memberId: string;
  members: Member[];
  busy: boolean;
  /** Shared-card re-fetches in progress. */
  refreshing: number;
}

const STORE = {
  locale: 'chibo.playground.locale',
  cell: 'chibo.playground.cellId',
  member: 'chibo.playground.memberId',
};

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} missing from index.html`);
  return element as T;
}

const ui = {
  toggle: byId<HTMLButtonElement>('locale-toggle'),
  cell: byId<HTMLSelectElement>('cell-select'),
  member: byId<HTMLSelectElement>('member-select'),
  memberDetails: byId<HTMLElement>('member-details'),
  noCells: byId<HTMLElement>('no-cells'),
  timeline: byId<HTMLElement>('timeline'),
  composer: byId<HTMLFormElement>('composer'),
  message: byId<HTMLTextAreaElement>('message'),
  send: byId<HTMLButtonElement>('send'),
  clear: byId<HTMLButtonElement>('clear'),
};

const state: PageState = {
  locale: sessionStorage.getItem(STORE.locale) === 'en' ? 'en' : 'vi',
  cellId: '',
  memberId: '',
  members: [],
  busy: false,
  refreshing: 0,
};

const strings = (): Strings => STRINGS[state.locale];
const currentMember = (): Member | undefined => state.members.find((member) => member.id === state.memberId);

const timeline = new Timeline(ui.timeline, {
  renderCard: (entry) => renderCard(entry.card, (event) => void onCardAction(entry.id, event)),
  authorOf: (entry) =>
    entry.kind === 'card' || entry.from === 'bot'
      ? strings().bot
      : entry.from === 'system'
        ? strings().system
        : entry.author,
  emptyText: () => strings().empty,
});

function applyStrings(): void {
  const words = strings();
  document.documentElement.lang = state.locale;
  document.title = words.pageTitle;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const value = words[element.dataset.i18n as keyof Strings];
    if (typeof value === 'string') element.textContent = value;
  }
  ui.toggle.textContent = words.localeToggle;
  ui.toggle.setAttribute('aria-label', words.localeToggleLabel);
  ui.toggle.setAttribute('aria-pressed', String(state.locale === 'en'));
  ui.message.placeholder = words.placeholder;
  ui.timeline.setAttribute('aria-label', words.timeline);
  ui.send.textContent = state.busy ? words.sending : words.send;
  fillMembers();
}

function fillMembers(): void {
  const words = strings();
  const placeholder = new Option(words.chooseMember, '');
  const options = state.members.map((member) => new Option(memberOptionLabel(words, member, state.members), member.id));
  ui.member.replaceChildren(placeholder, ...options);
  ui.member.value = state.memberId;
  const member = currentMember();
  ui.memberDetails.textContent = member ? words.actingAs(memberLabel(words, member)) : '';
}

function addSystemText(text: string, error = false): void {
  timeline.add({ id: newEntryId(), kind: 'text', from: 'system', author: '', text, error });
}

function reportFailure(error: unknown): void {
  if (error instanceof ApiFailure) addSystemText(strings().requestFailed(error.message), true);
  else if (error instanceof TypeError) addSystemText(strings().networkFailed, true);
  else addSystemText(strings().requestFailed(String(error)), true);
}

async function selectCell(cellId: string): Promise<void> {
  state.cellId = cellId;
  sessionStorage.setItem(STORE.cell, cellId);
  timeline.open(`chibo.playground.timeline.${cellId}`);
  state.members = await fetchMembers(cellId);
  const stored = sessionStorage.getItem(STORE.member) ?? '';
  state.memberId = state.members.some((member) => member.id === stored) ? stored : '';
  fillMembers();
}

async function selectMember(memberId: string): Promise<void> {
  state.memberId = memberId;
  sessionStorage.setItem(STORE.member, memberId);
  fillMembers();
  await refreshSharedCards();
}

/** Shared cards show per-member details (my vote, my RSVP): re-fetch them as the member now chosen. */
async function refreshSharedCards(cardKey?: string, skipEntryId?: string): Promise<void> {
  if (state.memberId === '') return;
  // Marked on the timeline so tests (and screen readers, via aria-busy) know when cards are settled.
  state.refreshing += 1;
  ui.timeline.dataset.refreshing = 'true';
  try {
    for (const entry of timeline.sharedCards(cardKey)) {
      if (entry.id === skipEntryId || entry.cardKey === undefined) continue;
      try {
        timeline.replaceCard(entry.id, await fetchCard(entry.cardKey, state.memberId, state.locale));
      } catch (error) {
        console.warn(`card ${entry.cardKey} not refreshed`, error);
      }
    }
  } finally {
    state.refreshing -= 1;
    if (state.refreshing === 0) delete ui.timeline.dataset.refreshing;
  }
}

function setBusy(busy: boolean): void {
  state.busy = busy;
  ui.send.disabled = busy;
  ui.send.textContent = busy ? strings().sending : strings().send;
  ui.timeline.setAttribute('aria-busy', String(busy));
}

/** Sends one turn as the chosen member and shows what the bot answered. */
async function sendTurn(input: TurnInput, echo: string, clickedEntryId?: string): Promise<boolean> {
  const member = currentMember();
  if (!member) {
    addSystemText(strings().pickMemberFirst, true);
    ui.member.focus();
    return false;
  }
  timeline.add({ id: newEntryId(), kind: 'text', from: 'me', author: member.fullName, text: echo });
  setBusy(true);
  try {
    const speaker = { cellId: state.cellId, memberId: member.id, locale: state.locale };
    await showResponse(await postTurn(speaker, input), clickedEntryId);
    return true;
  } catch (error) {
    reportFailure(error);
    return false;
  } finally {
    setBusy(false);
  }
}

async function showResponse(response: TurnResponse, clickedEntryId?: string): Promise<void> {
  for (const reply of response.replies) {
    const entry: Entry =
      reply.kind === 'text'
        ? { id: newEntryId(), kind: 'text', from: 'bot', author: '', text: reply.text }
        : {
            id: newEntryId(),
            kind: 'card',
            card: reply.card,
            ...(reply.cardKey === undefined ? {} : { cardKey: reply.cardKey }),
          };
    timeline.add(entry);
  }
  if (response.updatedCard && clickedEntryId) timeline.replaceCard(clickedEntryId, response.updatedCard);
  for (const refresh of response.refreshes) await refreshSharedCards(refresh.cardKey, clickedEntryId);
}

async function onCardAction(entryId: string, event: CardActionEvent): Promise<void> {
  if (state.busy) return;
  await sendTurn({ action: { verb: event.verb, data: event.data } }, strings().pressed(event.title), entryId);
}

async function onSubmit(): Promise<void> {
  const text = ui.message.value.trim();
  if (text === '' || state.busy) return;
  if (await sendTurn({ text }, text)) ui.message.value = '';
  ui.message.focus();
}

function wireEvents(): void {
  ui.composer.addEventListener('submit', (event) => {
    event.preventDefault();
    void onSubmit();
  });
  ui.message.addEventListener('keydown', (event) => {
    // Enter sends, Shift+Enter starts a new line (as in Teams).
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void onSubmit();
    }
  });
  ui.cell.addEventListener('change', () => void selectCell(ui.cell.value).catch(reportFailure));
  ui.member.addEventListener('change', () => void selectMember(ui.member.value).catch(reportFailure));
  ui.clear.addEventListener('click', () => timeline.clear());
  ui.toggle.addEventListener('click', () => {
    state.locale = state.locale === 'vi' ? 'en' : 'vi';
    sessionStorage.setItem(STORE.locale, state.locale);
    applyStrings();
    timeline.renderAll();
    void refreshSharedCards();
  });
}

async function start(): Promise<void> {
  applyStrings();
  wireEvents();
  const cells = await fetchCells();
  ui.cell.replaceChildren(...cells.map((cell) => new Option(cell.name, cell.id)));
  ui.noCells.hidden = cells.length > 0;
  const stored = sessionStorage.getItem(STORE.cell);
  const first = cells.find((cell) => cell.id === stored) ?? cells[0];
  if (first) {
    ui.cell.value = first.id;
    await selectCell(first.id);
  }
  document.body.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  reportFailure(error);
  document.body.dataset.ready = 'error';
});
