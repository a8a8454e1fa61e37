// On phones the navigation is one strip that scrolls sideways: bring the current section into view, so a
// reader on 归档 sees where they are without swiping. Without JavaScript the strip simply starts at 首页.
export function initSiteNav(): void {
  const list = document.querySelector<HTMLElement>('[data-site-nav]');
  const current = list?.querySelector<HTMLElement>('[aria-current="page"]');
  if (!list || !current || list.scrollWidth <= list.clientWidth) return;
  const item = current.parentElement ?? current;
  list.scrollLeft = item.offsetLeft - (list.clientWidth - item.offsetWidth) / 2;
}
