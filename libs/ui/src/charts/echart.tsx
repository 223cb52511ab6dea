import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type EChartOption = echarts.EChartsCoreOption;

interface Props {
  option: EChartOption;
  height: number;
  /** What the chart says, for a screen reader (the canvas says nothing). */
  label: string;
  onClick?(dataIndex: number): void;
}

/**
 * An ECharts chart (bars, with grid, legend and tooltip) that follows its
 * box, which changes with the layout (a narrow screen puts charts on rows
 * of their own), not only with the window; it prints as drawn.
 */
export function EChart({ option, height, label, onClick }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current);
    chart.current = instance;
    const resize = () => instance.resize();
    const observer = new ResizeObserver(resize);
    observer.observe(element.current);
    // A printed page is narrower than the screen: the chart is drawn again for it, and back after.
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
      instance.dispose();
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
    chart.current?.off('click');
    if (onClick) chart.current?.on('click', (p) => onClick(p.dataIndex));
  }, [option, onClick]);

  return <div ref={element} style={{ height, width: '100%' }} role="img" aria-label={label} />;
}
