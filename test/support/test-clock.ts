/** A clock the test moves by hand; the app reads it wherever it needs the time. */
export class TestClock {
  private current: number;

  constructor(start: Date | string) {
    this.current = new Date(start).getTime();
  }

  readonly now = (): Date => new Date(this.current);

  set(at: Date | string): void {
    this.current = new Date(at).getTime();
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
