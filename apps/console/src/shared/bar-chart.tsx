// A thin ECharts wrapper: only the bar chart and the components it uses are bundled, and only
// into the pages that draw one.
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface StackedBars {
  readonly categories: readonly string[];
  readonly series: readonly {
    readonly name: string;
    readonly colour: string;
    readonly values: readonly number[];
  }[];
}

interface Props {
  readonly data: StackedBars;
  readonly label: string;
  readonly onBarClick?: (categoryIndex: number, seriesIndex: number) => void;
}

export function StackedBarChart({ data, label, onBarClick }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const clickHandler = useRef(onBarClick);
  clickHandler.current = onBarClick;

  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 32, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: [...data.categories], inverse: true },
      series: data.series.map((s) => ({
        name: s.name,
        type: 'bar',
        stack: 'total',
        itemStyle: { color: s.colour },
        label: {
          show: true,
          formatter: ({ value }: { value: number }) => (value ? String(value) : ''),
        },
        data: [...s.values],
      })),
    });
    chart.on('click', (params) =>
      clickHandler.current?.(params.dataIndex, params.seriesIndex ?? 0),
    );
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [data]);

  return (
    <div
      ref={element}
      role="img"
      aria-label={label}
      style={{ width: '100%', height: Math.max(160, 48 * data.categories.length + 60) }}
    />
  );
}
