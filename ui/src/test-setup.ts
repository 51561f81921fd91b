import '@testing-library/jest-dom/vitest';

// jsdom has no PointerEvent; a MouseEvent with a pointerId is enough for our drag handlers.
if (typeof window !== 'undefined' && !('PointerEvent' in window)) {
  class PointerEventShim extends MouseEvent {
    readonly pointerId: number;
    constructor(type: string, init: PointerEventInit = {}) {
      super(type, init);
      this.pointerId = init.pointerId ?? 0;
    }
  }
  Object.defineProperty(window, 'PointerEvent', { value: PointerEventShim });
}

// jsdom lays nothing out, so it has no scrollIntoView; screens call it to show a focused item.
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = function scrollIntoView() {};

// Nor a ResizeObserver (bind:clientWidth uses one); sizes stay 0 and components use their defaults.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class ResizeObserverShim {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.defineProperty(window, 'ResizeObserver', { value: ResizeObserverShim });
}
