import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { init, type EChartsOption, type EChartsType } from 'echarts';

/**
 * Renders an Apache ECharts chart from an ECharts option.
 *
 * `option` is an ECharts option object, or its JSON text (as the server sends it); each
 * new value replaces the whole chart. `label` is the chart's accessible name: the element
 * is exposed to assistive technology as one image. The chart follows the element's size.
 */
@customElement('echart-view')
export class EChartView extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      width: 100%;
      height: 20rem;
    }
    :host([hidden]) {
      display: none;
    }
    .chart {
      position: absolute;
      inset: 0;
    }
  `;

  @property({ attribute: false })
  option: EChartsOption | string | null = null;

  @property()
  label = '';

  private chart?: EChartsType;
  private readonly resizeObserver = new ResizeObserver(() => this.chart?.resize());

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'img');
    if (this.hasUpdated) {
      // Moved in the DOM: the chart was disposed on disconnect, so build it again.
      this.createChart();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  protected override render() {
    return html`<div class="chart" part="chart"></div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('label')) {
      if (this.label) {
        this.setAttribute('aria-label', this.label);
      } else {
        this.removeAttribute('aria-label');
      }
    }
    if (!this.chart) {
      this.createChart();
    } else if (changed.has('option')) {
      this.applyOption();
    }
  }

  private createChart(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (this.chart || !container) {
      return;
    }
    this.chart = init(container);
    this.resizeObserver.observe(this);
    this.applyOption();
  }

  private applyOption(): void {
    if (!this.chart) {
      return;
    }
    const option = this.parsedOption();
    if (option) {
      // notMerge: the server always sends the complete option.
      this.chart.setOption(option, { notMerge: true });
    } else {
      this.chart.clear();
    }
  }

  private parsedOption(): EChartsOption | null {
    const value = this.option;
    if (value === null || value === undefined || value === '') {
      return null;
    }
    if (typeof value !== 'string') {
      return value;
    }
    try {
      return JSON.parse(value) as EChartsOption;
    } catch (error) {
      console.error('<echart-view>: option is not valid JSON', error);
      return null;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'echart-view': EChartView;
  }
}
