import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../app-env';
import { ProblemError, problemResponse } from './problem';
import { settingsOf } from './settings';

/** Refuses bodies above MAX_BODY_BYTES before anything reads them (declared or streamed length). */
export const limitBodySize: MiddlewareHandler<AppEnv> = (c, next) => {
  const maxSize = settingsOf(c.env).maxBodyBytes;
  return bodyLimit({
    maxSize,
    onError: (context) =>
      problemResponse(
        context,
        new ProblemError('payload-too-large', {
          fr: `Le corps de la requête dépasse la limite de ${maxSize} octets.`,
          en: `The request body exceeds the limit of ${maxSize} bytes.`,
        }),
        c.get('requestId'),
      ),
  })(c, next);
};
