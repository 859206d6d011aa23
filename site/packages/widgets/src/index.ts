/**
 * Widgets: the demo's small API. Its reference pages and every maturity
 * label on them come from the TSDoc tags below.
 *
 * @packageDocumentation
 */

/**
 * A widget on the screen.
 *
 * @beta
 * @since 2.1
 */
export class Widget {
  /** Its label. */
  readonly label: string;

  constructor(label: string) {
    this.label = label;
  }

  /** Draws the widget as text. */
  render(): string {
    return `[${this.label}]`;
  }

  /**
   * Draws the widget without checking its label.
   *
   * @alpha
   */
  renderFast(): string {
    return this.label;
  }
}

/**
 * Makes a widget.
 *
 * @public
 * @since 1.0
 */
export function createWidget(label: string): Widget {
  return new Widget(label);
}

/**
 * Makes a widget the way 1.x did.
 *
 * @deprecated Use {@link createWidget} instead.
 * @since 1.0
 */
export function makeWidget(label: string): Widget {
  return createWidget(label);
}

/**
 * How a widget is laid out.
 *
 * @experimental
 */
export interface WidgetLayout {
  /** Columns it spans. */
  span: number;
}

/**
 * Forgets every widget: for the package's own tests.
 *
 * @internal
 */
export function resetWidgets(): void {}
