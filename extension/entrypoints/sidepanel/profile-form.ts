/**
 * Create or edit a supplier profile. Checked when saved: each wrong field says why next to it, a
 * summary says the profile was not saved, and focus goes to the first wrong field.
 */
import { html } from 'htm/preact';
import type { VNode } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { FRAME_NAMES, SIMPLE_FORM_FRAMES } from '../../../shared/chorus/billing-frames';
import { PORTAL_PAYMENT_MODES } from '../../../shared/chorus/payment-modes';
import { type SupplierProfile, VAT_REGIMES } from '../../../shared/chorus/portal-profile';
import {
  type DraftField,
  draftOf,
  EMPTY_DRAFT,
  type ProfileDraft,
  validateProfileDraft,
} from '../../storage/profiles';
import { SelectField, TextField } from '../../ui/components/field';
import { Notice } from '../../ui/components/notice';
import { type MessageKey, useTranslation } from '../../ui/i18n';

/** Order of the fields on screen, for focusing the first wrong one. */
const FIELD_ORDER: readonly DraftField[] = [
  'label',
  'siret',
  'name',
  'serviceCode',
  'iban',
  'cadre',
  'paymentMode',
  'vatRegime',
  'validatorSiret',
  'validatorServiceCode',
];

const PAYMENT_MODE_NAMES: Record<
  (typeof PORTAL_PAYMENT_MODES)[number],
  { fr: string; en: string }
> = {
  CHEQUE: { fr: 'Chèque', en: 'Cheque' },
  PRELEVEMENT: { fr: 'Prélèvement', en: 'Direct debit' },
  VIREMENT: { fr: 'Virement', en: 'Credit transfer' },
  ESPECE: { fr: 'Espèces', en: 'Cash' },
  AUTRE: { fr: 'Autre', en: 'Other' },
  REPORT: { fr: 'Report', en: 'Carried over' },
};

const VAT_REGIME_NAMES: Record<(typeof VAT_REGIMES)[number], { fr: string; en: string }> = {
  TVA_SUR_DEBIT: { fr: 'TVA sur les débits', en: 'VAT on debits' },
  TVA_SUR_ENCAISSEMENT: { fr: 'TVA sur les encaissements', en: 'VAT on receipts' },
  EXONERATION: { fr: 'Exonération', en: 'Exemption' },
  SANS_TVA: { fr: 'Sans TVA', en: 'No VAT' },
};

export interface ProfileFormProps {
  /** The profile to edit; a new one when absent. */
  readonly profile?: SupplierProfile;
  readonly newId: () => string;
  readonly onSave: (profile: SupplierProfile) => Promise<void>;
  readonly onCancel: () => void;
}

export function ProfileForm(props: ProfileFormProps): VNode {
  const { t, l, language } = useTranslation();
  const [draft, setDraft] = useState<ProfileDraft>(
    props.profile ? draftOf(props.profile) : EMPTY_DRAFT,
  );
  const [errors, setErrors] = useState<Partial<Record<DraftField, { fr: string; en: string }>>>({});
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const set = (field: DraftField) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const error = (field: DraftField) => {
    const message = errors[field];
    return message ? l(message) : undefined;
  };
  const prefix = 'profile-';
  const text = (
    field: DraftField,
    label: MessageKey,
    options: { hint?: MessageKey; required?: boolean; inputMode?: 'numeric' } = {},
  ) =>
    html`<${TextField}
      id=${prefix + field}
      label=${t(label)}
      hint=${options.hint ? t(options.hint) : undefined}
      required=${options.required}
      requiredWord=${t('common.required')}
      inputMode=${options.inputMode}
      value=${draft[field]}
      error=${error(field)}
      onInput=${set(field)}
    />`;

  const submit = async (event: Event) => {
    event.preventDefault();
    const check = validateProfileDraft(draft, props.profile?.id ?? props.newId());
    if (!check.ok) {
      setErrors(check.errors);
      const first = FIELD_ORDER.find((field) => check.errors[field] !== undefined);
      // After the render that shows the errors, so the field's description is up to date.
      queueMicrotask(() => form.current?.querySelector<HTMLElement>(`#${prefix}${first}`)?.focus());
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await props.onSave(check.profile);
    } finally {
      setSaving(false);
    }
  };

  const none = { value: '', label: t('common.none') };
  const needsValidator = draft.cadre === 'A9' || draft.cadre === 'A12';
  const hasErrors = Object.keys(errors).length > 0;

  return html`<form ref=${form} class="profile-form" onSubmit=${submit} noValidate>
    <h3>${t(props.profile ? 'profiles.formEdit' : 'profiles.formNew')}</h3>
    ${hasErrors ? html`<${Notice} tone="error">${t('profiles.errors')}</${Notice}>` : null}
    ${text('label', 'profile.label', { hint: 'profile.label.hint', required: true })}
    ${text('siret', 'profile.siret', { hint: 'profile.siret.hint', required: true, inputMode: 'numeric' })}
    ${text('name', 'profile.name')}
    ${text('serviceCode', 'profile.serviceCode', { hint: 'profile.serviceCode.hint' })}
    ${text('iban', 'profile.iban', { hint: 'profile.iban.hint' })}
    <fieldset>
      <legend>${t('profile.defaults')}</legend>
      <p class="hint">${t('profile.defaults.hint')}</p>
      <${SelectField}
        id=${`${prefix}cadre`}
        label=${t('profile.cadre')}
        value=${draft.cadre}
        error=${error('cadre')}
        options=${[
          none,
          ...SIMPLE_FORM_FRAMES.map((frame) => {
            const name = FRAME_NAMES[frame];
            return { value: frame, label: name ? `${frame} – ${name[language]}` : frame };
          }),
        ]}
        onChange=${set('cadre')}
      />
      <${SelectField}
        id=${`${prefix}paymentMode`}
        label=${t('profile.paymentMode')}
        value=${draft.paymentMode}
        options=${[
          none,
          ...PORTAL_PAYMENT_MODES.map((mode) => ({
            value: mode,
            label: PAYMENT_MODE_NAMES[mode][language],
          })),
        ]}
        onChange=${set('paymentMode')}
      />
      <${SelectField}
        id=${`${prefix}vatRegime`}
        label=${t('profile.vatRegime')}
        value=${draft.vatRegime}
        options=${[
          none,
          ...VAT_REGIMES.map((regime) => ({
            value: regime,
            label: VAT_REGIME_NAMES[regime][language],
          })),
        ]}
        onChange=${set('vatRegime')}
      />
      ${
        needsValidator
          ? html`${text('validatorSiret', 'profile.validatorSiret', {
              hint: 'profile.validatorSiret.hint',
              inputMode: 'numeric',
            })}
          ${text('validatorServiceCode', 'profile.validatorServiceCode')}`
          : null
      }
    </fieldset>
    <div class="actions">
      <button type="submit" class="primary" disabled=${saving}>${t('common.save')}</button>
      <button type="button" onClick=${props.onCancel}>${t('common.cancel')}</button>
    </div>
  </form>`;
}
