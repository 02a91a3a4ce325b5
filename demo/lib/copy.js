// Copy buttons: the Clipboard API where the page may use it, else a selected textarea
// and execCommand('copy') (older browsers, plain http on another host). Either way
// the result is said in a visible status next to the button (a live region).

async function writeClipboard(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Not allowed or not there: try the old way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  const focused = document.activeElement;
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  if (focused instanceof HTMLElement) focused.focus();
  return copied;
}

/**
 * Wires `button` to copy what `text()` returns and report it in `status`.
 * `what` names the thing copied, for the message.
 */
export function copyButton(button, status, text, what) {
  let timer;
  button.addEventListener('click', async () => {
    const value = text();
    if (!value) return;
    const ok = await writeClipboard(value);
    clearTimeout(timer);
    status.className = ok ? 'status ok' : 'status bad';
    status.textContent = ok ? `Copied ${what} to the clipboard.` : `Could not copy: select the text and press Ctrl+C (⌘C on a Mac).`;
    timer = setTimeout(() => (status.textContent = ''), 8000);
  });
}
