// Helpers that drive the VS Code workbench as a user would: Explorer, command palette, mouse over rendered text.

import path from 'node:path';

/** The active text editor's DOM. */
export const activeEditor = (page) => page.locator('.editor-group-container.active .monaco-editor').first();

/**
 * Opens a file by clicking it in the Explorer, waits until its text is rendered, and moves the keyboard focus into
 * the editor (after a single click the Explorer keeps it, and typing would filter the file list instead).
 */
export async function openFromExplorer(page, fileName, textOnScreen) {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first().click();
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout: 30_000 });
  const lines = activeEditor(page).locator('.view-lines', { hasText: textOnScreen });
  await lines.waitFor({ timeout: 30_000 });
  await lines.click({ position: { x: 5, y: 5 } });
}

/** Opens a file through Quick Open (Ctrl+P), for when the Explorer is collapsed or scrolled. */
export async function quickOpen(page, fileName, textOnScreen) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout: 30_000 });
  // The editor has the focus after Quick Open; the workbench may restore an old scroll position, so go to the top.
  await page.keyboard.press('Control+Home');
  await activeEditor(page).locator('.view-lines', { hasText: textOnScreen }).waitFor({ timeout: 30_000 });
}

/** Runs a command from the palette (F1) by its label. */
export async function runCommand(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

/**
 * Character `delta` of `needle` on the rendered line that contains `lineText`: the screen point at its middle
 * (`x`, `y`) and the computed colour of the span that draws it (`colour`). Found through a DOM Range on the
 * line's text nodes, since Monaco splits a line into one span per token.
 */
export async function charAt(page, lineText, needle, delta = 0) {
  const point = await page.evaluate(({ lineText, needle, delta }) => {
    const normalize = (s) => s.replace(/\u00a0/g, ' ');
    const line = [...document.querySelectorAll('.editor-group-container.active .view-line')].find((l) => normalize(l.textContent).includes(lineText));
    if (!line) return null;
    const nodes = [];
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
    const whole = normalize(nodes.map((n) => n.textContent).join(''));
    let at = whole.indexOf(needle);
    if (at < 0) return null;
    at += delta;
    for (const node of nodes) {
      if (at < node.textContent.length) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const box = range.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2, colour: getComputedStyle(node.parentElement).color };
      }
      at -= node.textContent.length;
    }
    return null;
  }, { lineText, needle, delta });
  if (!point) throw new Error(`"${needle}" is not rendered on a line with "${lineText}"`);
  return point;
}

/** Moves the mouse onto a point (from a little to the left, as a hand would) and waits for a hover matching `text`. */
export async function hoverOver(page, point, text) {
  await page.mouse.move(point.x - 30, point.y + 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: text }).first();
  await hover.waitFor({ state: 'visible', timeout: 20_000 });
  // The hover fades in; wait until it is fully opaque so that screenshots show it as a user reads it.
  await page.waitForFunction(
    (element) => {
      let node = element;
      while (node) {
        if (Number(getComputedStyle(node).opacity) < 1) return false;
        node = node.parentElement;
      }
      return true;
    },
    await hover.elementHandle(),
    { timeout: 5_000, polling: 50 },
  );
  return hover.innerText();
}

/**
 * Waits until the server's code lenses show in the active editor. They come after the text, above headings, and push
 * the lines below them down: a point found on screen before they come may then lie on another line.
 */
export async function codeLensesShown(page) {
  await activeEditor(page).locator('.codelens-decoration').first().waitFor({ timeout: 30_000 });
}

/** Closes hovers and widgets by moving the mouse away and pressing Escape. */
export async function dismiss(page) {
  await page.mouse.move(3, 3);
  await page.keyboard.press('Escape');
}

/** The active editor's text as rendered (only the visible lines), with non-breaking spaces made plain. */
export async function renderedText(page) {
  return (await activeEditor(page).locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
}

/** Saves a screenshot (PNG) under `dir` as `<name>.png`; `clip` limits it to a locator's box. */
export async function screenshot(page, dir, name, clip) {
  const file = path.join(dir, `${name}.png`);
  if (clip) await clip.screenshot({ path: file });
  else await page.screenshot({ path: file });
  return file;
}

/**
 * Types `lines` as new paragraphs at the end of the active editor, each after a blank line (any open widget closed
 * first). Typing goes through the editor, so `[` and `{` get their closers and typing a closer steps over it.
 */
export async function typeParagraphsAtEnd(page, lines) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+End');
  for (const line of lines) {
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}
