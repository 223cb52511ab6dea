import { useMemo } from 'react';
import { EChart } from '@casmooc/ui';

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
  const option = useMemo(
    () => ({
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
    }),
    [labels, values, tooltips],
  );
  return <EChart option={option} height={height} onClick={onClick} label={labels.map((l, i) => `${l} ${values[i] ?? '—'}%`).join('，')} />;
}
