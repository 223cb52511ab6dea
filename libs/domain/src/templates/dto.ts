import type { ActionView } from '../rules/decision';
import type { TemplateInput } from './schemas';

/** An org a template is shared with (with everything below it). */
export interface TemplateShareDto {
  orgId: number;
  orgName: string;
}

/** A template as the list and the form show it. */
export interface TemplateDto extends TemplateInput {
  id: number;
  orgId: number;
  orgName: string;
  creatorName: string;
  version: number;
  updatedAt: string;
  /** Shared with the viewer by another org (read-only to them), or their own org's. */
  sharedBy: string | null;
  shares: TemplateShareDto[];
  actions: { edit: ActionView; delete: ActionView; share: ActionView };
}

export interface TemplatePage {
  items: TemplateDto[];
  total: number;
  page: number;
  pageSize: number;
}

/** What happens to a template, as events tell it (the bell names each). */
export const TEMPLATE_EVENT_TYPES = ['template.created', 'template.updated', 'template.deleted', 'template.shared'] as const;
export type TemplateEventType = (typeof TEMPLATE_EVENT_TYPES)[number];
