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
