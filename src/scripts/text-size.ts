// The A− / A+ control: six sizes (18px to about 30px body text), remembered in localStorage.
const LEVELS = 6;
const KEY = 'text-size';

export function initTextSize(): void {
  const root = document.documentElement;
  const status = document.querySelector<HTMLElement>('[data-text-size-status]');
  const buttons = document.querySelectorAll<HTMLButtonElement>('[data-text-step]');
  const current = () => Math.min(LEVELS - 1, Math.max(0, Number(root.dataset.textSize ?? 0) || 0));
  const showLimits = (level: number) =>
    buttons.forEach((b) => {
      const step = Number(b.dataset.textStep);
      b.disabled = (step < 0 && level === 0) || (step > 0 && level === LEVELS - 1);
    });
  buttons.forEach((button) =>
    button.addEventListener('click', () => {
      const level = Math.min(LEVELS - 1, Math.max(0, current() + Number(button.dataset.textStep)));
      root.dataset.textSize = String(level);
      try {
        localStorage.setItem(KEY, String(level));
      } catch {
        // Private mode: the size still applies to this page.
      }
      showLimits(level);
      if (status) status.textContent = `文字大小：第${level + 1}级，共${LEVELS}级`;
    }),
  );
  showLimits(current());
}
