// Names for the navigation landmarks the theme leaves unnamed, so each one is
// distinguishable (axe: landmark-unique). Runs on every page load and, with
// instant navigation, on every page change.
(() => {
  function nameLandmarks() {
    const zh = document.documentElement.lang.startsWith("zh");
    // A section of the site navigation is labelled by its toggle, which holds
    // no text when the section has an index page: name it after that link.
    for (const nav of document.querySelectorAll("nav[aria-labelledby]")) {
      const label = document.getElementById(nav.getAttribute("aria-labelledby"));
      if (label && !label.textContent.trim()) {
        const title = label.parentElement?.querySelector("a")?.textContent.trim();
        if (title) nav.setAttribute("aria-label", title);
      }
    }
    // The copy button's bar around each code block is a navigation landmark:
    // give each one its own name.
    let index = 0;
    for (const bar of document.querySelectorAll("nav.md-code__nav")) {
      index += 1;
      bar.setAttribute("aria-label", zh ? `代码块 ${index} 的操作` : `Code block ${index} actions`);
    }
  }
  if (window.document$) window.document$.subscribe(() => setTimeout(nameLandmarks));
  else document.addEventListener("DOMContentLoaded", () => setTimeout(nameLandmarks));
})();
