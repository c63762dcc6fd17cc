import type { ProfileId } from '../../syntax/profiles';
import type { Rule } from '../rule';

/** Rules of the Factur-X / ZUGFeRD profile schematrons, by profile. */
export const PROFILE_RULES: Readonly<Partial<Record<ProfileId, readonly Rule[]>>> = {};
