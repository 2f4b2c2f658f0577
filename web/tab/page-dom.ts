/** DOM helpers shared by the tab's pages (the cell page and the committee page). */

/** The element with this id; a page without it is broken, so it throws. */
export const $ = (id: string): HTMLElement => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} missing`);
  return node;
};

/** Shows a notice instead of the page's content, and marks the page's state for tests. */
export function showNotice(text: string, tone: 'info' | 'error', state: string): void {
  const notice = $('notice');
  notice.textContent = text;
  notice.dataset['tone'] = tone;
  notice.hidden = false;
  $('content').hidden = true;
  document.body.dataset['state'] = state;
}
