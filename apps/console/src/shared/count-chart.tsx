// A thin ECharts wrapper for counts by one key (统计): a bar or a pie of { label, count }. Only
// the two chart types and the components they use are bundled, into the pages that draw one.
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface CountItem {
  readonly label: string;
  readonly count: number;
}

interface Props {
  readonly kind: 'bar' | 'pie';
  readonly items: readonly CountItem[];
  /** What the chart shows, for screen readers (the table beside it has the figures). */
  readonly label: string;
  readonly colours?: readonly string[];
}

export function CountChart({ kind, items, label, colours }: Props) {
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'canvas' });
    const data = items.map((item) => ({ name: item.label, value: item.count }));
    chart.setOption(
      kind === 'pie'
        ? {
            animation: false,
            ...(colours ? { color: [...colours] } : {}),
            tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
            legend: { bottom: 0, type: 'scroll' },
            series: [
              {
                type: 'pie',
                radius: ['35%', '65%'],
                center: ['50%', '45%'],
                label: { formatter: '{b}\n{c}' },
                data,
              },
            ],
          }
        : {
            animation: false,
            tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
            grid: { left: 8, right: 32, bottom: 8, top: 8, containLabel: true },
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', data: data.map((d) => d.name), inverse: true },
            series: [
              {
                type: 'bar',
                itemStyle: { color: colours?.[0] ?? '#1677ff' },
                label: { show: true, position: 'right' },
                data: data.map((d) => d.value),
              },
            ],
          },
    );
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [kind, items, colours]);

  const height = kind === 'pie' ? 280 : Math.max(120, 32 * items.length + 40);
  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
