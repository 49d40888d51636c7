// The teaching materials' pages (dist/teach/*.html): shows their Print button, which opens
// the browser's print dialog. Without this script the browser's own Print command does the
// same, so the button stays hidden.
const button = document.querySelector('button.print');
if (button) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
