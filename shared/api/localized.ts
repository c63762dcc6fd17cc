import { z } from 'zod';

/** A message in French and English, as the domain core writes every message. */
export const LocalizedTextSchema = z
  .object({
    fr: z.string().meta({ description: 'En français' }),
    en: z.string().meta({ description: 'In English' }),
  })
  .meta({ id: 'LocalizedText' });
