// Filters the 五老 gallery by category in place; the address bar follows so the view can be shared.
export function initPeopleFilter(): void {
  const filter = document.querySelector<HTMLElement>('[data-people-filter]');
  const grid = document.querySelector<HTMLElement>('[data-people-grid]');
  const status = document.querySelector<HTMLElement>('[data-people-status]');
  if (!filter || !grid) return;
  const links = [...filter.querySelectorAll<HTMLAnchorElement>('a[data-category]')];
  const cards = [...grid.querySelectorAll<HTMLElement>('li[data-category]')];

  const apply = (category: string, href: string, push: boolean) => {
    let shown = 0;
    for (const card of cards) {
      const visible = !category || card.dataset.category === category;
      card.hidden = !visible;
      if (visible) shown++;
    }
    for (const link of links) {
      if (link.dataset.category === category) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    if (status) status.textContent = `${category || '全部'}：${shown} 位`;
    if (push) history.pushState({ category }, '', href);
  };

  filter.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-category]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    apply(link.dataset.category ?? '', link.href, true);
  });
  window.addEventListener('popstate', () => {
    const link = links.find((l) => l.href === location.href) ?? links[0];
    if (link) apply(link.dataset.category ?? '', link.href, false);
  });
}
