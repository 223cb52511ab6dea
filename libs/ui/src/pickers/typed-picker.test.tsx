import { act, fireEvent, render, screen } from '@testing-library/react';
import { Form, type FormInstance } from '@arco-design/web-react';
import type { ReactElement } from 'react';
import { TypedDatePicker, TypedMonthPicker, typedDate } from './typed-picker';

describe('typed pickers', () => {
  it('typedDate takes only a complete, real and allowed date of the format', () => {
    expect(typedDate('2027-05', 'YYYY-MM')?.format('YYYY-MM')).toBe('2027-05');
    expect(typedDate(' 2027-05 ', 'YYYY-MM')?.format('YYYY-MM')).toBe('2027-05');
    expect(typedDate('2027-5', 'YYYY-MM')).toBeNull();
    expect(typedDate('2027-13', 'YYYY-MM')).toBeNull();
    expect(typedDate('2027-02-30 09:00', 'YYYY-MM-DD HH:mm')).toBeNull();
    expect(typedDate('2027-02-28 09:00', 'YYYY-MM-DD HH:mm')?.hour()).toBe(9);
    expect(typedDate('2026-05', 'YYYY-MM', (d) => d.year() !== 2027)).toBeNull();
  });

  const renderForm = (picker: ReactElement = <TypedMonthPicker format="YYYY-MM" disabledDate={(d) => d.year() !== 2027} />) => {
    let form: FormInstance | undefined;
    function PickerForm() {
      const [instance] = Form.useForm();
      form = instance;
      return (
        <Form form={instance}>
          <Form.Item label="培训时间" field="when">
            {picker}
          </Form.Item>
        </Form>
      );
    }
    render(<PickerForm />);
    const input = screen.getByRole('textbox') as HTMLInputElement;
    return { input, value: () => form!.getFieldValue('when') };
  };
  const type = (input: HTMLInputElement, text: string) =>
    act(() => {
      fireEvent.focus(input);
      fireEvent.change(input, { target: { value: text } });
    });

  it('a typed month commits on Tab and closes the pop-up', () => {
    const { input, value } = renderForm();
    type(input, '2027-05');
    expect(document.querySelector('.arco-picker-container')).not.toBeNull();
    act(() => {
      fireEvent.keyDown(input, { key: 'Tab', keyCode: 9 });
    });
    expect(value()).toBe('2027-05');
  });

  it('a typed month commits on blur; an incomplete or refused one is left to validation', () => {
    const { input, value } = renderForm();
    type(input, '2027-06');
    act(() => {
      fireEvent.blur(input);
    });
    expect(value()).toBe('2027-06');
    type(input, '2026-06');
    act(() => {
      fireEvent.keyDown(input, { key: 'Tab', keyCode: 9 });
    });
    expect(value()).toBe('2027-06');
  });

  it('a typed date and time commits on Tab in a picker with time', () => {
    const { input, value } = renderForm(<TypedDatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />);
    type(input, '2027-03-01 09:30');
    act(() => {
      fireEvent.keyDown(input, { key: 'Tab', keyCode: 9 });
    });
    expect(value()).toBe('2027-03-01 09:30');
  });
});
