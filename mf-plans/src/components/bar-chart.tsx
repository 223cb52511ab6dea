import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

interface Props {
  labels: string[];
  /** Percentages, or null where nothing counts yet. */
  values: Array<number | null>;
  tooltips: string[];
  onClick?(index: number): void;
  height?: number;
}

/** A horizontal bar chart of rates (0–100 %), one bar per label. */
export function RateBarChart({ labels, values, tooltips, onClick, height = 220 }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current);
    chart.current = instance;
    // The chart follows its box, which changes with the layout (a narrow screen puts charts on rows of their own), not only with the window.
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%', hideOverlap: true } },
        // Long org names are cut (the tooltip and the accessible label keep them whole), so the bars keep their room.
        yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { width: 150, overflow: 'truncate' } },
        tooltip: { trigger: 'item', formatter: (p: { dataIndex: number }) => tooltips[p.dataIndex] },
        series: [
          {
            type: 'bar',
            data: values.map((v) => v ?? 0),
            barMaxWidth: 18,
            itemStyle: { color: '#165dff', borderRadius: [0, 3, 3, 0] },
            label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => (values[p.dataIndex] === null ? '—' : `${values[p.dataIndex]}%`) },
          },
        ],
      },
      true,
    );
    chart.current?.off('click');
    if (onClick) chart.current?.on('click', (p) => onClick(p.dataIndex));
  }, [labels, values, tooltips, onClick]);

  return <div ref={element} style={{ height, width: '100%' }} role="img" aria-label={labels.map((l, i) => `${l} ${values[i] ?? '—'}%`).join('，')} />;
}
