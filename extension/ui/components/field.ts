/**
 * Form fields with their label, hint and error tied to the control (`aria-describedby`), so a
 * screen reader reads the error with the field, and `aria-invalid` marks it.
 */
import { html } from 'htm/preact';
import type { VNode } from 'preact';

interface FieldBase {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly required?: boolean;
  /** Word shown after a required field's label (« obligatoire »). */
  readonly requiredWord?: string;
}

function describedBy(props: FieldBase): string | undefined {
  const ids = [
    props.hint ? `${props.id}-hint` : undefined,
    props.error ? `${props.id}-error` : undefined,
  ].filter((id) => id !== undefined);
  return ids.length === 0 ? undefined : ids.join(' ');
}

function labelOf(props: FieldBase): VNode {
  return html`<label for=${props.id}>
    ${props.label}${
      props.required && props.requiredWord
        ? html` <span class="required">(${props.requiredWord})</span>`
        : null
    }
  </label>`;
}

function notes(props: FieldBase): VNode {
  return html`${props.hint ? html`<p id=${`${props.id}-hint`} class="hint">${props.hint}</p>` : null}
  ${props.error ? html`<p id=${`${props.id}-error`} class="field-error">${props.error}</p>` : null}`;
}

export interface TextFieldProps extends FieldBase {
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly type?: 'text' | 'url' | 'password';
  readonly inputMode?: 'text' | 'numeric' | 'url';
  readonly autocomplete?: string;
  readonly placeholder?: string;
}

export function TextField(props: TextFieldProps): VNode {
  return html`<div class=${props.error ? 'field has-error' : 'field'}>
    ${labelOf(props)}
    <input
      id=${props.id}
      name=${props.id}
      type=${props.type ?? 'text'}
      inputmode=${props.inputMode}
      autocomplete=${props.autocomplete ?? 'off'}
      spellcheck="false"
      placeholder=${props.placeholder}
      value=${props.value}
      required=${props.required}
      aria-invalid=${props.error ? 'true' : undefined}
      aria-describedby=${describedBy(props)}
      onInput=${(event: Event) => props.onInput((event.currentTarget as HTMLInputElement).value)}
    />
    ${notes(props)}
  </div>`;
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldProps extends FieldBase {
  readonly value: string;
  readonly options: readonly SelectOption[];
  readonly onChange: (value: string) => void;
}

export function SelectField(props: SelectFieldProps): VNode {
  return html`<div class=${props.error ? 'field has-error' : 'field'}>
    ${labelOf(props)}
    <select
      id=${props.id}
      name=${props.id}
      value=${props.value}
      aria-invalid=${props.error ? 'true' : undefined}
      aria-describedby=${describedBy(props)}
      onChange=${(event: Event) => props.onChange((event.currentTarget as HTMLSelectElement).value)}
    >
      ${props.options.map(
        (option) =>
          html`<option value=${option.value} selected=${option.value === props.value}>
            ${option.label}
          </option>`,
      )}
    </select>
    ${notes(props)}
  </div>`;
}

export interface CheckboxFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

export function CheckboxField(props: CheckboxFieldProps): VNode {
  return html`<div class="field checkbox">
    <input
      id=${props.id}
      name=${props.id}
      type="checkbox"
      checked=${props.checked}
      aria-describedby=${props.hint ? `${props.id}-hint` : undefined}
      onChange=${(event: Event) => props.onChange((event.currentTarget as HTMLInputElement).checked)}
    />
    <label for=${props.id}>${props.label}</label>
    ${props.hint ? html`<p id=${`${props.id}-hint`} class="hint">${props.hint}</p>` : null}
  </div>`;
}
