/**
 * Error bodies: a stable code for programs, and a message in Spanish and English for people.
 */
import type restify from 'restify';

export interface HttpErrorBody {
  error: string;
  message: { es: string; en: string };
}

export function sendError(res: restify.Response, status: number, error: string, es: string, en: string): void {
  const body: HttpErrorBody = { error, message: { es, en } };
  res.send(status, body);
}

/** What is said for a failure on Sesiona's side: never the error's own text (it may carry internals). */
export const INTERNAL_ERROR: HttpErrorBody = {
  error: 'internal',
  message: { es: 'Algo falló de nuestro lado y no se registró nada. Vuelve a intentarlo en un momento.', en: 'Something failed on our side and nothing was recorded. Try again in a moment.' },
};

const RESTIFY_ERRORS: Record<number, HttpErrorBody> = {
  400: { error: 'invalid-body', message: { es: 'No se pudo leer la solicitud: el cuerpo debe ser JSON válido.', en: 'The request could not be read: the body must be valid JSON.' } },
  404: { error: 'not-found', message: { es: 'Esa dirección no existe en Sesiona.', en: 'That address does not exist in Sesiona.' } },
  405: { error: 'method-not-allowed', message: { es: 'Esa dirección no acepta este método.', en: 'That address does not accept this method.' } },
  413: { error: 'body-too-large', message: { es: 'El cuerpo de la solicitud es demasiado grande.', en: 'The request body is too large.' } },
  415: { error: 'unsupported-media-type', message: { es: 'El cuerpo debe enviarse como JSON (content-type: application/json).', en: 'The body must be sent as JSON (content-type: application/json).' } },
};

/**
 * The body of an error restify raises itself (a body that is not JSON, an unknown address, a failure in a handler),
 * in the same shape as the others and without the error's text.
 */
export function restifyErrorBody(status: number): HttpErrorBody {
  if (status >= 500) return INTERNAL_ERROR;
  return RESTIFY_ERRORS[status] ?? { error: 'bad-request', message: { es: 'La solicitud no es válida.', en: 'The request is not valid.' } };
}
