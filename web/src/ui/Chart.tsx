/**
 * ECharts with only the charts and components we use registered (keeps the bundle small), held by
 * a small wrapper of our own: echarts-for-react's helpers (tslib, size-sensor) fell outside the
 * echarts chunk and made the two chunks import each other, which breaks module start-up.
 */
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, type CSSProperties } from 'react';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  DatasetComponent,
  CanvasRenderer,
]);

export function Chart({
  option,
  style,
  label,
}: {
  option: Record<string, unknown>;
  style?: CSSProperties;
  /** What the chart shows, for screen readers. */
  label?: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) {
      return undefined;
    }
    const instance = echarts.init(element);
    chart.current = instance;
    const resize = () => instance.resize();
    const observer = new ResizeObserver(resize);
    observer.observe(element);
    window.addEventListener('beforeprint', resize);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption({ animation: false, ...option }, { notMerge: true });
  }, [option]);
  return (
    <div
      ref={host}
      role={label ? 'img' : undefined}
      aria-label={label}
      style={style ?? { height: 320 }}
    />
  );
}
