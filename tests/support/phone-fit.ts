/**
 * Does a page fit a phone? Measured in the browser, the way a member would
 * stumble: the page scrolls sideways, a button's title is cut ("Tán th…"), a
 * text is cut with an ellipsis, or a control sits off-screen or under a
 * clipping ancestor. Screenshots go to test-output/screenshots/phone/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './browser';

/** The phone widths checked: the common 390 px first, then the narrow and wide ends. */
export const PHONE_WIDTHS = [390, 360, 414] as const;
export const PHONE_HEIGHT = 844;
export const PHONE_SCREENSHOT_DIR = path.join(SCREENSHOT_DIR, 'screenshots', 'phone');

/**
 * Runs in the page, so it is plain JavaScript source (the project's TypeScript
 * has no DOM types). Returns one line per problem.
 */
const MEASURE_FIT = `() => {
  const problems = [];
  const tolerance = 1; // sub-pixel rounding
  const visible = (el) => {
    const style = getComputedStyle(el);
    return el.getClientRects().length > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  };
  const name = (el) => {
    const text = el.innerText?.trim().replace(/\\s+/g, ' ') ?? '';
    const label = text || el.getAttribute('aria-label') || el.getAttribute('placeholder') || el.id || el.className.toString();
    return \`<\${el.tagName.toLowerCase()}> "\${label.slice(0, 60)}"\`;
  };
  const root = document.scrollingElement ?? document.documentElement;
  if (root.scrollWidth > root.clientWidth + tolerance) {
    problems.push(\`page scrolls sideways: scrollWidth \${root.scrollWidth} > clientWidth \${root.clientWidth}\`);
  }
  const viewportWidth = document.documentElement.clientWidth;
  const controls = document.querySelectorAll('button, [role="button"], a, input:not([type="hidden"]), select, textarea, .ac-pushButton');
  for (const el of controls) {
    if (!visible(el)) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0) continue;
    if (el.scrollWidth > el.clientWidth + tolerance && el.tagName !== 'TEXTAREA' && el.tagName !== 'SELECT') {
      problems.push(\`\${name(el)} cut: scrollWidth \${el.scrollWidth} > clientWidth \${el.clientWidth}\`);
    }
    for (const inner of el.querySelectorAll('*')) {
      if (visible(inner) && inner.scrollWidth > inner.clientWidth + tolerance) {
        problems.push(\`\${name(el)} title cut: \${name(inner)} scrollWidth \${inner.scrollWidth} > clientWidth \${inner.clientWidth}\`);
      }
    }
    if (rect.left < -tolerance || rect.right > viewportWidth + tolerance) {
      problems.push(\`\${name(el)} off-screen: \${Math.round(rect.left)}–\${Math.round(rect.right)} of \${viewportWidth} px\`);
    }
    for (let up = el.parentElement; up; up = up.parentElement) {
      const overflowX = getComputedStyle(up).overflowX;
      if (overflowX === 'visible') continue;
      const box = up.getBoundingClientRect();
      if (rect.left < box.left - tolerance || rect.right > box.right + tolerance) {
        problems.push(\`\${name(el)} clipped by \${name(up)}: \${Math.round(rect.left)}–\${Math.round(rect.right)} outside \${Math.round(box.left)}–\${Math.round(box.right)}\`);
        break;
      }
    }
  }
  // Any text the page cuts with an ellipsis, buttons or not.
  for (const el of document.body.querySelectorAll('*')) {
    if (!visible(el) || getComputedStyle(el).textOverflow !== 'ellipsis') continue;
    if (el.scrollWidth > el.clientWidth + tolerance) problems.push(\`\${name(el)} cut with an ellipsis\`);
  }
  return [...new Set(problems)];
}`;

/** Every fit problem of the page (or frame) at its current size; [] when it fits. */
export async function fitProblems(target: Page | Frame): Promise<string[]> {
  return (await target.evaluate(`(${MEASURE_FIT})()`)) as string[];
}

/** The desktop width the issue saw document buttons cut at. */
export const DESKTOP_WIDTH = 1280;

/**
 * Checks the page at each width (every phone width unless told) and returns
 * "<width>px: problem" lines, leaving the page at 390 px.
 */
export async function phoneFitProblems(
  page: Page,
  frame?: Frame,
  widths: readonly number[] = PHONE_WIDTHS,
): Promise<string[]> {
  const found: string[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: width > 800 ? 800 : PHONE_HEIGHT });
    for (const problem of await fitProblems(frame ?? page)) found.push(`${width}px: ${problem}`);
  }
  await page.setViewportSize({ width: PHONE_WIDTHS[0], height: PHONE_HEIGHT });
  return found;
}

/** Saves what the phone shows (the whole page) as test-output/screenshots/phone/<name>.png. */
export async function phoneScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(PHONE_SCREENSHOT_DIR, { recursive: true });
  const file = path.join(PHONE_SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Saves one element (a card in the timeline), whole, as test-output/screenshots/phone/<name>.png. */
export async function elementScreenshot(element: Locator, name: string): Promise<string> {
  fs.mkdirSync(PHONE_SCREENSHOT_DIR, { recursive: true });
  const file = path.join(PHONE_SCREENSHOT_DIR, `${name}.png`);
  await element.screenshot({ path: file });
  return file;
}

/** The computed font families of the elements (to catch a font that cannot show Vietnamese). */
export async function fontFamilies(elements: Locator): Promise<string[]> {
  type Styles = { getComputedStyle(element: unknown): { fontFamily: string } };
  const families = await elements.evaluateAll((els) =>
    els.map((el) => (globalThis as unknown as Styles).getComputedStyle(el).fontFamily),
  );
  return [...new Set(families)];
}

/** Lifts (or restores) the timeline's height cap, so a tall card can be shot whole. */
export async function liftTimelineCap(page: Page, lifted: boolean): Promise<void> {
  await page.locator('#timeline').evaluate((el, lift) => {
    (el as unknown as { style: { maxHeight: string } }).style.maxHeight = lift ? 'none' : '';
  }, lifted);
}
