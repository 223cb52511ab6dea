import { useEffect, useState } from 'react';
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Active, type DragEndEvent, type Over, type UniqueIdentifier } from '@dnd-kit/core';
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Alert, Empty, Message, Modal, Select, Spin, Tag, Typography } from '@arco-design/web-react';
import { IconDragDotVertical } from '@arco-design/web-react/icon';
import { FUNDING_LEVEL_LABELS, planFundingLevel, type Locale, type PlanDto } from '@casmooc/domain';
import { ApprovalChain, isApiRequestError } from '@casmooc/ui';
import type { FundingRanking, PlansClient } from '../../api/plans-client';
import type { PlanListKey } from './locale';

type T = (key: PlanListKey, vars?: Record<string, string | number>) => string;

function RankedPlan({ plan, rank, locale }: { plan: PlanDto; rank: number; locale: Locale }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: plan.id });
  return (
    <li
      ref={setNodeRef}
      className="funding-ranking__item"
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      {...attributes}
      {...listeners}
    >
      <IconDragDotVertical className="funding-ranking__handle" />
      <span className="funding-ranking__rank">{rank}</span>
      <span className="funding-ranking__body">
        <Typography.Text bold>{plan.name}</Typography.Text>
        <span className="funding-ranking__meta">
          {plan.orgName} · {plan.month} · <Tag size="small">{FUNDING_LEVEL_LABELS[planFundingLevel(plan)][locale]}</Tag>
        </span>
        <ApprovalChain chain={plan.chain} locale={locale} />
      </span>
    </li>
  );
}

export interface FundingRankingModalProps {
  visible: boolean;
  years: number[];
  client: PlansClient;
  t: T;
  locale: Locale;
  onClose(): void;
}

/**
 * 资助计划筛选: the funded annual plans of the admin's institute, dragged
 * (or moved with Space and the arrow keys) into priority order; the export
 * lists them in this order.
 */
export function FundingRankingModal({ visible, years, client, t, locale, onClose }: FundingRankingModalProps) {
  const [year, setYear] = useState(years[0]);
  const [ranking, setRanking] = useState<FundingRanking | null>(null);
  const [order, setOrder] = useState<PlanDto[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  /** Bumped to read the list again when someone changed it meanwhile. */
  const [reads, setReads] = useState(0);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  useEffect(() => {
    if (!visible) return;
    setRanking(null);
    setError(null);
    client.fundingRanking(year).then(
      (loaded) => {
        setRanking(loaded);
        setOrder(loaded.items);
      },
      (e: Error) => setError(e.message),
    );
  }, [client, visible, year, reads]);

  // What a screen reader hears while a plan is moved with the keyboard, in the user's language.
  const nameOf = (id: UniqueIdentifier) => order.find((p) => p.id === id)?.name ?? '';
  const placeOf = (id: UniqueIdentifier | undefined) => order.findIndex((p) => p.id === id) + 1;
  const accessibility = {
    screenReaderInstructions: { draggable: t('ranking.a11y.instructions') },
    announcements: {
      onDragStart: ({ active }: { active: Active }) => t('ranking.a11y.start', { name: nameOf(active.id) }),
      onDragOver: ({ active, over }: { active: Active; over: Over | null }) => t('ranking.a11y.over', { name: nameOf(active.id), place: placeOf(over?.id) }),
      onDragEnd: ({ active, over }: { active: Active; over: Over | null }) => t('ranking.a11y.end', { name: nameOf(active.id), place: placeOf(over?.id) }),
      onDragCancel: ({ active }: { active: Active }) => t('ranking.a11y.cancel', { name: nameOf(active.id) }),
    },
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    setOrder((items) => arrayMove(items, items.findIndex((p) => p.id === active.id), items.findIndex((p) => p.id === over.id)));
  };

  const save = async () => {
    setSaving(true);
    try {
      const saved = await client.rankFunding(year, order.map((p) => p.id));
      setRanking(saved);
      setOrder(saved.items);
      Message.success(t('ranking.saved'));
      onClose();
    } catch (e) {
      Message.error((e as Error).message);
      if (isApiRequestError(e) && e.code === 'CONFLICT') setReads((n) => n + 1);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      visible={visible}
      title={t('ranking.title')}
      style={{ width: 720 }}
      okText={t('ranking.save')}
      okButtonProps={{ disabled: !ranking || order.length === 0 }}
      confirmLoading={saving}
      onOk={save}
      onCancel={onClose}
      unmountOnExit
    >
      <div className="funding-ranking__bar">
        <Select value={year} onChange={setYear} style={{ width: 140 }} options={years.map((y) => ({ value: y, label: t('ranking.year', { year: y }) }))} />
        {ranking && <Typography.Text type="secondary">{t('ranking.hint', { org: ranking.orgName })}</Typography.Text>}
      </div>
      {error && <Alert type="error" content={error} />}
      {!ranking && !error && <Spin block style={{ padding: 40 }} />}
      {ranking && order.length === 0 && <Empty description={t('ranking.empty')} />}
      {ranking && order.length > 0 && (
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={accessibility}>
          <SortableContext items={order.map((p) => p.id)} strategy={verticalListSortingStrategy}>
            <ol className="funding-ranking" aria-label={t('ranking.title')}>
              {order.map((plan, index) => (
                <RankedPlan key={plan.id} plan={plan} rank={index + 1} locale={locale} />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
    </Modal>
  );
}
