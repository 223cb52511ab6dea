import { useEffect, useState } from 'react';
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Active, type DragEndEvent, type Over, type UniqueIdentifier } from '@dnd-kit/core';
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Alert, Empty, Message, Modal, Select, Spin, Tag, Typography } from '@arco-design/web-react';
import { IconDragDotVertical } from '@arco-design/web-react/icon';
import { FUNDING_LEVEL_LABELS, planFundingLevel, type FundingRankingDto, type Locale, type PlanDto } from '@casmooc/domain';
import { ApprovalChain, isApiRequestError, LabelledTabs } from '@casmooc/ui';
import type { PlansClient } from '../../api/plans-client';
import type { PlanListKey } from './locale';

type T = (key: PlanListKey, vars?: Record<string, string | number>) => string;

/** One plan in the order being made; at the Academy it also shows where its institute ranked it. */
function RankedPlan({ plan, rank, instituteRank, locale }: { plan: PlanDto; rank: number; instituteRank?: string; locale: Locale }) {
  // The list item moves; the button inside it is what a person picks up (a list may hold only list items).
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: plan.id });
  return (
    <li ref={setNodeRef} className="funding-ranking__item" data-dragging={isDragging || undefined} style={{ transform: CSS.Transform.toString(transform), transition }}>
      <div ref={setActivatorNodeRef} className="funding-ranking__handle-area" {...attributes} {...listeners}>
        <IconDragDotVertical className="funding-ranking__handle" />
        <span className="funding-ranking__rank">{rank}</span>
        <span className="funding-ranking__body">
          <Typography.Text bold>{plan.name}</Typography.Text>
          <span className="funding-ranking__meta">
            {plan.orgName} · {plan.month} · <Tag size="small">{FUNDING_LEVEL_LABELS[planFundingLevel(plan)][locale]}</Tag>
            {instituteRank && (
              <>
                {' '}
                <Tag size="small" color="arcoblue">
                  {instituteRank}
                </Tag>
              </>
            )}
          </span>
          <ApprovalChain chain={plan.chain} locale={locale} />
        </span>
      </div>
    </li>
  );
}

/** P-6 at the Academy: every institute's own order side by side, as the institutes saved them (read-only). */
function InstituteOrders({ institutes, t }: { institutes: FundingRankingDto['institutes']; t: T }) {
  if (institutes.length === 0) return <Empty description={t('ranking.empty')} />;
  return (
    <div className="funding-ranking__institutes">
      {institutes.map((institute) => (
        <section key={institute.orgId} className="funding-ranking__institute" aria-labelledby={`funding-institute-${institute.orgId}`}>
          <Typography.Title heading={6} id={`funding-institute-${institute.orgId}`}>
            {institute.orgName}
          </Typography.Title>
          <ol>
            {institute.items.map((plan) => (
              <li key={plan.id}>
                <span className="funding-ranking__institute-rank">{plan.fundingRank ?? '—'}</span> {plan.name}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
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
 * 资助计划筛选 (P-6): an institute admin drags (or moves with Space and the
 * arrow keys) the institute's funded annual plans into its order, which the
 * export follows; the Academy's admin orders every institute's funded plans
 * into the Academy's own priority, with each institute's order beside it,
 * and never changes an institute's.
 */
export function FundingRankingModal({ visible, years, client, t, locale, onClose }: FundingRankingModalProps) {
  const [year, setYear] = useState(years[0]);
  const [ranking, setRanking] = useState<FundingRankingDto | null>(null);
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
      Message.success(t(saved.scope === 'academy' ? 'ranking.academy.saved' : 'ranking.saved'));
      onClose();
    } catch (e) {
      Message.error((e as Error).message);
      if (isApiRequestError(e) && e.code === 'CONFLICT') setReads((n) => n + 1);
    } finally {
      setSaving(false);
    }
  };

  const academy = ranking?.scope === 'academy';
  const instituteRank = (plan: PlanDto) => (plan.fundingRank === null ? t('ranking.instituteUnranked') : t('ranking.instituteRank', { rank: plan.fundingRank }));
  const orderList = ranking && order.length > 0 && (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={accessibility}>
      <SortableContext items={order.map((p) => p.id)} strategy={verticalListSortingStrategy}>
        <ol className="funding-ranking" aria-label={t(academy ? 'ranking.tab.priority' : 'ranking.title')}>
          {order.map((plan, index) => (
            <RankedPlan key={plan.id} plan={plan} rank={index + 1} instituteRank={academy ? instituteRank(plan) : undefined} locale={locale} />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );

  return (
    <Modal
      visible={visible}
      title={t('ranking.title')}
      style={{ width: academy ? 880 : 720 }}
      okText={t('ranking.save')}
      okButtonProps={{ disabled: !ranking || order.length === 0 || !ranking.editable.allowed }}
      confirmLoading={saving}
      onOk={save}
      onCancel={onClose}
      unmountOnExit
    >
      <div className="funding-ranking__bar">
        <Select value={year} onChange={setYear} style={{ width: 140 }} aria-label={t('ranking.yearLabel')} options={years.map((y) => ({ value: y, label: t('ranking.year', { year: y }) }))} />
        {ranking && <Typography.Text type="secondary">{academy ? t('ranking.academy.hint') : t('ranking.hint', { org: ranking.orgName })}</Typography.Text>}
      </div>
      {error && <Alert type="error" content={error} />}
      {ranking && !ranking.editable.allowed && <Alert type="info" content={ranking.editable.reason} style={{ marginBottom: 12 }} />}
      {!ranking && !error && <Spin block style={{ padding: 40 }} />}
      {ranking && order.length === 0 && <Empty description={t('ranking.empty')} />}
      {academy && order.length > 0 ? (
        <LabelledTabs label={t('ranking.title')} defaultActiveTab="priority">
          <LabelledTabs.TabPane key="priority" title={t('ranking.tab.priority')}>
            {orderList}
          </LabelledTabs.TabPane>
          <LabelledTabs.TabPane key="institutes" title={t('ranking.tab.institutes')}>
            <InstituteOrders institutes={ranking.institutes} t={t} />
          </LabelledTabs.TabPane>
        </LabelledTabs>
      ) : (
        orderList
      )}
    </Modal>
  );
}
