// Define the element once and add it to the page (unless the page placed one itself).
customElements.define(TAG, RathausChat);
const mount = () => {
  if (document.querySelector(TAG) || !attr(script, "tenant")) return; // inline element on the page, or no tenant given
  document.body.append(document.createElement(TAG));
};
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount);
else mount();
