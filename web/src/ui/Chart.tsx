/** ECharts with only the charts and components we use registered (keeps the bundle small). */
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
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { CSSProperties } from 'react';

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
}: {
  option: Record<string, unknown>;
  style?: CSSProperties;
}) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={{ animation: false, ...option }}
      style={style ?? { height: 320 }}
      notMerge
    />
  );
}
