import { useState, type ComponentType, type FocusEvent, type KeyboardEvent } from 'react';
import { DatePicker, type DatePickerProps, type MonthPickerProps, type RangePickerProps } from '@arco-design/web-react';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

/** What the wrapper needs of an Arco single-date picker (DatePicker, MonthPicker, YearPicker …). */
interface PickerProps {
  format?: unknown;
  disabledDate?: (current: Dayjs) => boolean;
  onChange?: (dateString: string, date: Dayjs) => void;
  popupVisible?: boolean;
  onVisibleChange?: (visible: boolean) => void;
  inputProps?: {
    onKeyDown?: (e: KeyboardEvent<HTMLInputElement>) => void;
    onBlur?: (e: FocusEvent<HTMLInputElement>) => void;
  };
}

/**
 * The typed text as a date of `format`, when it is a complete, real and
 * allowed one (`2027-13` or `2027-0` are not); null otherwise.
 */
export function typedDate(text: string, format: string, disabledDate?: (current: Dayjs) => boolean): Dayjs | null {
  const parsed = dayjs(text.trim(), format, true);
  if (!parsed.isValid() || parsed.format(format) !== text.trim()) return null;
  return disabledDate?.(parsed) ? null : parsed;
}

/**
 * Arco's pickers commit a typed value only on Enter: after Tab (or a click
 * elsewhere) the field shows the text, the pop-up stays open and the form
 * never got the value. Wrapped, a complete typed value commits on Tab and
 * on blur as on Enter, and Tab closes the pop-up; an incomplete one is left
 * for the form's validation to name.
 */
function typedCommit<P extends object>(Picker: ComponentType<P>, defaultFormat: string): ComponentType<P> {
  function TypedPicker(given: P) {
    const props = given as P & PickerProps;
    const [open, setOpen] = useState(false);
    const format = typeof props.format === 'string' ? props.format : defaultFormat;
    const commit = (text: string) => {
      const date = typedDate(text, format, props.disabledDate);
      if (date) props.onChange?.(date.format(format), date);
    };
    const visible = (next: boolean) => {
      setOpen(next);
      props.onVisibleChange?.(next);
    };
    return (
      <Picker
        {...props}
        popupVisible={props.popupVisible ?? open}
        onVisibleChange={visible}
        inputProps={{
          ...props.inputProps,
          onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
            props.inputProps?.onKeyDown?.(e);
            if (e.key !== 'Tab') return;
            commit(e.currentTarget.value);
            visible(false);
          },
          onBlur: (e: FocusEvent<HTMLInputElement>) => {
            props.inputProps?.onBlur?.(e);
            commit(e.currentTarget.value);
          },
        }}
      />
    );
  }
  TypedPicker.displayName = `Typed(${Picker.displayName ?? Picker.name ?? 'Picker'})`;
  return TypedPicker;
}

/** Arco's pickers with typed values that commit on Tab and blur (see `typedCommit`). */
export const TypedDatePicker = typedCommit<DatePickerProps>(DatePicker as ComponentType<DatePickerProps>, 'YYYY-MM-DD');
export const TypedMonthPicker = typedCommit<MonthPickerProps>(DatePicker.MonthPicker, 'YYYY-MM');

/**
 * Arco's range picker with typed values that commit on Tab out of the end
 * field and on blur of either field, as on Enter, once both ends are
 * complete, real and allowed dates (in order); Tab from the start field
 * still moves to the end field. Otherwise left for validation to name.
 */
export function TypedRangePicker(props: RangePickerProps) {
  const [open, setOpen] = useState(false);
  const format = typeof props.format === 'string' ? props.format : 'YYYY-MM-DD';
  const visible = (next?: boolean) => {
    setOpen(Boolean(next));
    props.onVisibleChange?.(next);
  };
  /** Both ends as typed: each input shows its end, typed or picked. */
  const commit = (input: HTMLInputElement) => {
    const [start, end] = [...(input.closest('.arco-picker')?.querySelectorAll('input') ?? [])].map((i) => typedDate(i.value, format, props.disabledDate));
    if (!start || !end) return false;
    const dates = start.isAfter(end) ? [end, start] : [start, end];
    props.onChange?.(
      dates.map((d) => d.format(format)),
      dates,
    );
    return true;
  };
  const given = (index: 0 | 1) => props.inputProps?.[index];
  const ends = ([0, 1] as const).map((index) => ({
    ...given(index),
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
      given(index)?.onKeyDown?.(e);
      if (e.key === 'Tab' && index === 1 && !e.shiftKey && commit(e.currentTarget)) visible(false);
    },
    onBlur: (e: FocusEvent<HTMLInputElement>) => {
      given(index)?.onBlur?.(e);
      // Moving between its own two fields is not leaving it.
      if (!e.currentTarget.closest('.arco-picker')?.contains(e.relatedTarget as Node | null)) commit(e.currentTarget);
    },
  }));
  return <DatePicker.RangePicker {...props} popupVisible={props.popupVisible ?? open} onVisibleChange={visible} inputProps={ends} />;
}
