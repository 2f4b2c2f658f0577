/**
 * The signed answer page as server-rendered HTML: plain forms, no script, so
 * it works in Zalo's in-app browser and on any phone. Pure: every string is
 * escaped here; the route decides what to show.
 */
import { labelsFor } from '../../cards/labels';
import type { CardView } from '../../cards/view-models';
import { viewText } from './view-text';
import { say } from '../../core/wording/say';
import { ZALO_WORDING } from '../../core/wording/zalo';

export interface PageForm {
  readonly token: string;
  readonly nonce: string;
  readonly subjectId: string;
  readonly memberId: string;
}

export interface PageContent {
  readonly memberName?: string;
  readonly view?: CardView;
  /** A result or refusal shown above the card. */
  readonly notice?: { readonly tone: 'success' | 'warning' | 'error'; readonly text: string };
  readonly form?: PageForm;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// font:inherit: a textarea's default monospace font shows Vietnamese marks apart from their letters.
const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f4f4f4;color:#1b1b1b}
main{max-width:40rem;margin:0 auto;padding:1rem}section{background:#fff;border-radius:8px;padding:1rem;margin-bottom:1rem}
h1{font-size:1.1rem;color:#b71c1c;margin:0 0 .5rem}h2{font-size:1rem;white-space:pre-line;margin:0 0 .5rem}p{white-space:pre-line;margin:.5rem 0}
.who{font-size:.9rem;color:#555}.success{border-left:4px solid #2e7d32}.warning{border-left:4px solid #f9a825}.error{border-left:4px solid #c62828}
button{font-size:1rem;padding:.6rem 1rem;margin:.25rem .25rem .25rem 0;border:1px solid #b71c1c;background:#fff;color:#b71c1c;border-radius:6px}
button.primary{background:#b71c1c;color:#fff}label{display:block;margin-top:.5rem;font-size:.9rem}textarea,input{width:100%;box-sizing:border-box;font:inherit;font-size:1rem;padding:.4rem}`;

function hidden(form: PageForm): string {
  const field = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
  return [
    field('token', form.token),
    field('nonce', form.nonce),
    field('subject', form.subjectId),
    field('member', form.memberId),
  ].join('');
}

function button(name: string, value: string, title: string, primary = false): string {
  return `<button type="submit" name="${name}" value="${escapeHtml(value)}"${primary ? ' class="primary"' : ''}>${escapeHtml(title)}</button>`;
}

/** The answer controls for the view, or '' when it asks nothing now. */
function controls(view: CardView): string {
  const l = labelsFor(view.locale);
  if (view.type === 'vote' && view.open) {
    const comment = `<label for="comment">${escapeHtml(l.commentInput)}</label><textarea id="comment" name="comment" maxlength="1000" rows="3"></textarea>`;
    // The card text above already says a probationary member gives an opinion and does not vote.
    if (!view.canVote) return `${comment}${button('choice', 'other', l.sendOpinion, true)}`;
    return `${button('choice', 'approve', l.approve, true)}${button('choice', 'reject', l.reject)}${comment}${button('choice', 'other', l.other)}`;
  }
  if (view.type === 'notice' && !view.preview && !view.cancelled) {
    const venue = `<label for="venue">${escapeHtml(l.venueInput)}</label><input id="venue" name="venue" maxlength="200">`;
    const reason = `<label for="reason">${escapeHtml(l.reasonInput)}</label><textarea id="reason" name="reason" maxlength="500" rows="2" placeholder="${escapeHtml(l.reasonPlaceholder)}"></textarea>`;
    return `${button('answer', 'attend', l.attend, true)}${button('answer', 'attend_online', l.attendOnline)}${venue}${reason}${button('answer', 'excused', l.excused)}`;
  }
  if (view.type === 'rollcall' && view.open) {
    return `<label for="venue">${escapeHtml(l.checkinVenue)}</label><input id="venue" name="venue" maxlength="200">${button('present', 'yes', l.present, true)}`;
  }
  return '';
}

function card(view: CardView, form: PageForm | undefined): string {
  const text = viewText(view);
  const paragraphs = text.paragraphs
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
  const answer = form === undefined ? '' : controls(view);
  const formHtml =
    answer === '' || form === undefined ? '' : `<form method="post" action="">${hidden(form)}${answer}</form>`;
  return `<section id="card" data-type="${view.type}">${text.title ? `<h2>${escapeHtml(text.title)}</h2>` : ''}${paragraphs}${formHtml}</section>`;
}

export function renderPage(content: PageContent): string {
  const locale = content.view?.locale ?? 'vi';
  const title = escapeHtml(say(locale, ZALO_WORDING.pageTitle));
  const who = content.memberName
    ? `<p class="who">${say(locale, ZALO_WORDING.pageFor, { name: escapeHtml(content.memberName) })}</p>`
    : '';
  const notice = content.notice
    ? `<section id="result" class="${content.notice.tone}"><p>${escapeHtml(content.notice.text)}</p></section>`
    : '';
  const body = content.view ? card(content.view, content.form) : '';
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="referrer" content="no-referrer"><title>${title}</title><style>${STYLE}</style></head><body><main><h1>${title}</h1>${who}${notice}${body}</main></body></html>`;
}
