// Tells the page that embeds Plate Trail how tall the app's content is, so it can size the
// iframe: posts {type: 'plate-trail:height', height} (CSS pixels, an integer) to the parent
// window whenever the height changes. Loaded by the app only in its compact form (?embed,
// src/app.rs); the message is documented in the README.
const app = document.getElementById('app') ?? document.body;
let last = 0;
const post = () => {
  const height = Math.ceil(app.getBoundingClientRect().bottom + window.scrollY);
  if (height !== last && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: 'plate-trail:height', height }, '*');
  }
};
// Posted in the next frame, not inside the observer's callback: a host that resizes the
// iframe from the message would otherwise change the layout the observer is delivering,
// which WebKit reports as an error ("ResizeObserver loop completed with undelivered
// notifications").
new ResizeObserver(() => requestAnimationFrame(post)).observe(app);
post();
