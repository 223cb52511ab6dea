import { Alert, Button, Form } from '@arco-design/web-react';
import { IconRefresh, IconSearch } from '@arco-design/web-react/icon';

/** 查询 / 重置 inside a filter form: 查询 submits the form, 重置 clears it and submits it again. */
export function SearchActions({ searchLabel, resetLabel }: { searchLabel: string; resetLabel: string }) {
  const { form } = Form.useFormContext();
  const reset = () => {
    form.resetFields();
    form.submit();
  };
  return (
    <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8, marginBottom: 16 }}>
      <Button type="primary" htmlType="submit" icon={<IconSearch />}>
        {searchLabel}
      </Button>
      <Button icon={<IconRefresh />} onClick={reset}>
        {resetLabel}
      </Button>
    </div>
  );
}

/** A list that could not load: what went wrong, and a retry. */
export function LoadError({ message, retryLabel, onRetry }: { message: string; retryLabel: string; onRetry(): void }) {
  return (
    <Alert
      type="error"
      style={{ marginBottom: 12 }}
      content={message}
      action={
        <Button size="mini" onClick={onRetry}>
          {retryLabel}
        </Button>
      }
    />
  );
}
