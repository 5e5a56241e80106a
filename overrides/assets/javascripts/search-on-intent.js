// The search index on intent. Material requests the whole index (100-140 KB
// gzipped, and growing with every chapter) as soon as any page loads; here that
// one request waits until the reader shows they want to search: the pointer
// over, a click in, or the focus on the search field (the "f", "s" and "/"
// shortcuts focus it too). Loaded before Material's script, in the <head>.
(() => {
  const INDEX = /\/search\/search_index\.json$/;
  let wanted = false;
  const waiting = [];
  const want = () => {
    if (wanted) return;
    wanted = true;
    for (const send of waiting.splice(0)) send();
  };
  const { open, send } = XMLHttpRequest.prototype;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.docsiteUrl = String(url);
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...args) {
    if (!wanted && INDEX.test(this.docsiteUrl ?? "")) {
      waiting.push(() => send.apply(this, args));
      return undefined;
    }
    return send.apply(this, args);
  };
  const isSearch = (target) => target instanceof Element && target.closest('.md-search, label[for="__search"]');
  for (const type of ["pointerover", "pointerdown", "focusin"]) {
    addEventListener(type, (event) => { if (isSearch(event.target)) want(); }, true);
  }
})();
