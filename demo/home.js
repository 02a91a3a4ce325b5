// The home page: theme switch, the gallery, its language switch, and registering German.
import { registerStrings } from '../dist/cdn/claim-cards.js';
import { buildGallery, setContainerLanguage, setTheme } from './lib/gallery.js';
import { GERMAN, germanExample } from './lib/german.js';
import { pressOne } from './lib/toggles.js';

const gallery = document.getElementById('gallery-cards');
buildGallery(gallery);

// Theme: the page's own colours and every card that has no fixed theme.
const themeGroup = document.getElementById('page-theme');
themeGroup.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-theme]');
  if (!button) return;
  const theme = button.dataset.theme;
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
  setTheme(document, theme);
  pressOne(themeGroup, button);
});

// Language of the gallery's labels: `lang` (and `dir`) on the gallery container.
const langGroup = document.getElementById('gallery-lang');
langGroup.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-lang]');
  if (!button || button.disabled) return;
  setContainerLanguage(gallery, button.dataset.lang);
  pressOne(langGroup, button);
});

// Adding a language: the code shown is generated from the very table registered.
document.getElementById('german-code').textContent = germanExample();
const registerButton = document.getElementById('register-german');
const germanStatus = document.getElementById('german-status');
registerButton.addEventListener('click', () => {
  registerStrings('de', GERMAN);
  const german = langGroup.querySelector('button[data-lang="de"]');
  german.disabled = false;
  german.removeAttribute('aria-describedby');
  document.getElementById('de-note').hidden = true;
  registerButton.disabled = true;
  registerButton.textContent = 'German is registered';
  germanStatus.className = 'status ok';
  germanStatus.textContent = 'German registered. Choose “Deutsch” in the gallery’s language switch to see it.';
  // A card already showing German (from an earlier choice) picks the new words up when re-inserted.
  if (gallery.getAttribute('lang') === 'de') setContainerLanguage(gallery, 'de');
});
