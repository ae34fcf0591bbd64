// A message shown where the drafter acted must also be seen: when it appears below the visible
// part of a scrolling panel, the panel scrolls just enough to show it.
export function revealOnMount(el: HTMLElement | null): void {
  el?.scrollIntoView({ block: 'nearest' });
}
