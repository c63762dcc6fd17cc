/** The « Profils » tab: the supplier profiles, the one in use, and the form to create or edit one. */
import { html } from 'htm/preact';
import type { VNode } from 'preact';
import { useState } from 'preact/hooks';
import type { SupplierProfile } from '../../../shared/chorus/portal-profile';
import {
  activeProfileIdItem,
  deleteProfile,
  newProfileId,
  saveProfile,
} from '../../storage/profiles';
import { Notice } from '../../ui/components/notice';
import { formatSiret } from '../../ui/format';
import { useTranslation } from '../../ui/i18n';
import { ProfileForm } from './profile-form';

export interface ProfilesPanelProps {
  readonly profiles: readonly SupplierProfile[];
  readonly active: SupplierProfile | undefined;
  readonly confirm: (message: string) => boolean;
}

type Editing =
  | { readonly kind: 'none' }
  | { readonly kind: 'new' }
  | { readonly kind: 'edit'; readonly profile: SupplierProfile };

export function ProfilesPanel(props: ProfilesPanelProps): VNode {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [status, setStatus] = useState<string | undefined>(undefined);

  const save = async (profile: SupplierProfile) => {
    await saveProfile(profile);
    if (props.active === undefined) await activeProfileIdItem.write(profile.id);
    setEditing({ kind: 'none' });
    setStatus(t('profiles.saved'));
  };
  const remove = async (profile: SupplierProfile) => {
    if (!props.confirm(t('profiles.confirmDelete', { label: profile.label }))) return;
    await deleteProfile(profile.id);
    setStatus(t('profiles.deleted'));
  };

  if (editing.kind !== 'none') {
    return html`<${ProfileForm}
      profile=${editing.kind === 'edit' ? editing.profile : undefined}
      newId=${newProfileId}
      onSave=${save}
      onCancel=${() => setEditing({ kind: 'none' })}
    />`;
  }

  return html`<div class="profiles">
    <h2>${t('profiles.title')}</h2>
    <p class="hint">${t('profiles.intro')}</p>
    ${status ? html`<${Notice} tone="success">${status}</${Notice}>` : null}
    ${
      props.profiles.length === 0
        ? html`<p>${t('profiles.empty')}</p>`
        : html`<ul class="cards">
          ${props.profiles.map((profile) => {
            const inUse = props.active?.id === profile.id;
            return html`<li class=${inUse ? 'card in-use' : 'card'} data-profile=${profile.id}>
              <div class="card-title">
                <strong>${profile.label}</strong>
                ${inUse ? html` <span class="tag">${t('profiles.inUse')}</span>` : null}
              </div>
              <div>SIRET ${formatSiret(profile.siret)}${profile.name ? ` — ${profile.name}` : ''}</div>
              <div class="actions">
                ${
                  inUse
                    ? null
                    : html`<button
                      type="button"
                      aria-label=${t('profiles.useNamed', { label: profile.label })}
                      onClick=${() => activeProfileIdItem.write(profile.id)}
                    >
                      ${t('profiles.use')}
                    </button>`
                }
                <button
                  type="button"
                  aria-label=${t('profiles.editNamed', { label: profile.label })}
                  onClick=${() => {
                    setStatus(undefined);
                    setEditing({ kind: 'edit', profile });
                  }}
                >
                  ${t('common.edit')}
                </button>
                <button
                  type="button"
                  class="danger"
                  aria-label=${t('profiles.deleteNamed', { label: profile.label })}
                  onClick=${() => remove(profile)}
                >
                  ${t('common.delete')}
                </button>
              </div>
            </li>`;
          })}
        </ul>`
    }
    <button
      type="button"
      class="primary"
      onClick=${() => {
        setStatus(undefined);
        setEditing({ kind: 'new' });
      }}
    >
      ${t('profiles.new')}
    </button>
  </div>`;
}
