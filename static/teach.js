// The teaching materials' pages (dist/teach/*.html): shows their Print button, which opens
// the browser's print dialog. Without this script the browser's own Print command does the
// same, so the button stays hidden.
const button = document.querySelector('button.print');
if (button) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

// A link to a run in the app ("open Run B": the share link's settings before the hash) prints
// its whole address after it (teach.css), so a teacher with the paper can still open the run.
// Only the page knows where it is served from, so the address is written here.
for (const link of document.querySelectorAll('main a[href*="?v="]')) {
  link.dataset.printAddress = link.href;
}
