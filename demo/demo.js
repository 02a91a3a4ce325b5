// Theme switch for the demo: sets or clears `theme` on every card.
const buttons = document.querySelectorAll('.controls button[data-theme]');
for (const button of buttons) {
  button.addEventListener('click', () => {
    const theme = button.dataset.theme;
    for (const card of document.querySelectorAll('claim-card')) {
      if (theme) card.setAttribute('theme', theme);
      else card.removeAttribute('theme');
    }
    for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
  });
}
