/**
 * What the bench page (bench/main.tsx) and the helpers injected by scripts/bench.ts put on
 * `window`, shared so both sides are type-checked against one definition.
 */

/** Set by bench/main.tsx once the first render has reached the screen. */
export interface BenchRender {
  /** Which text was rendered: `seed` or a generated size such as `2000`. */
  text: string;
  paragraphs: number;
  /** Fetching and parsing the generated JSON (not part of the render). */
  loadMs: number;
  /** From just before `root.render()` to the end of the first commit's layout effects. */
  commitMs: number;
  /** From just before `root.render()` to the frame after the first commit. */
  firstRenderMs: number;
  error?: string;
}

/** Frame helpers injected into every bench page before its own scripts run. */
export interface BenchFrames {
  /**
   * Resolves after the next frame has been produced: a requestAnimationFrame callback runs
   * just before the frame's style, layout and paint, and a message posted from it is
   * delivered as a task after them.
   */
  nextFrame(): Promise<void>;
  /** Two frames and an idle period: lets earlier work finish before a sample starts. */
  settle(): Promise<void>;
  /**
   * Runs `action` and resolves with the milliseconds until the frame showing its effect has
   * been produced. `aligned`: the action runs at the start of a frame (in a
   * requestAnimationFrame callback), which is where Chromium delivers mouse-driven events
   * such as `pointerover`, so the figure is the work alone. Not aligned: it runs whenever
   * called (after `settle()`, that is just after a frame), so the figure also holds the wait
   * for the next vsync, up to one frame interval.
   */
  timeToFrame(action: () => void, aligned: boolean): Promise<number>;
}

declare global {
  interface Window {
    __benchRender?: BenchRender;
    __benchFrames?: BenchFrames;
  }
}
