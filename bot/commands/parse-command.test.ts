import { itemNumberOf, parseCommand } from './parse-command';

describe('typed commands, Spanish and English, accents and case optional', () => {
  it.each([
    ['ayuda', { kind: 'help' }],
    ['HELP', { kind: 'help' }],
    ['Pase de lista', { kind: 'roll-call' }],
    ['roll call', { kind: 'roll-call' }],
    ['presente', { kind: 'present' }],
    ['Iniciar sesión', { kind: 'start-session' }],
    ['iniciar sesion', { kind: 'start-session' }],
    ['start session', { kind: 'start-session' }],
    ['Aprobar orden del día', { kind: 'approve-agenda' }],
    ['Dispensa de la lectura', { kind: 'waive-reading' }],
    ['waive the reading', { kind: 'waive-reading' }],
    ['verificar quórum', { kind: 'quorum-check' }],
    ['Verificación de quórum', { kind: 'quorum-check' }],
    ['check quorum', { kind: 'quorum-check' }],
    ['cerrar verificación', { kind: 'close-quorum-check' }],
    ['close quorum check', { kind: 'close-quorum-check' }],
    ['salida <at>Luis Consejero</at>', { kind: 'presence', present: false }],
    ['Salida Luis', { kind: 'presence', present: false }],
    ['left <at>Luis</at>', { kind: 'presence', present: false }],
    ['regresa <at>Luis</at>', { kind: 'presence', present: true }],
    ['se reincorpora Luis', { kind: 'presence', present: true }],
    ['returned <at>Luis</at>', { kind: 'presence', present: true }],
    ['me retiro', { kind: 'leave' }],
    ["I'm leaving", { kind: 'leave' }],
    ['approve agenda', { kind: 'approve-agenda' }],
    ['siguiente', { kind: 'next' }],
    ['Next', { kind: 'next' }],
    ['punto 5.b', { kind: 'item', number: '5.b' }],
    ['Punto 5 b', { kind: 'item', number: '5.b' }],
    ['item 3', { kind: 'item', number: '3' }],
    ['punto V', { kind: 'item', number: '5' }],
    ['votación', { kind: 'open-vote', method: 'economica' }],
    ['Votación nominal', { kind: 'open-vote', method: 'nominal' }],
    ['vote roll-call', { kind: 'open-vote', method: 'nominal' }],
    ['open vote', { kind: 'open-vote', method: 'economica' }],
    ['cerrar votación', { kind: 'close-vote' }],
    ['close vote', { kind: 'close-vote' }],
    ['Acuerdo: Se aprueba la minuta.', { kind: 'agreement', text: 'Se aprueba la minuta.' }],
    ['agreement: The minutes are approved', { kind: 'agreement', text: 'The minutes are approved' }],
    ['acuerdo: Publicar el programa. Responsable: UTCS. Plazo: 15/07/2024', { kind: 'agreement', text: 'Publicar el programa.', responsible: 'UTCS', dueDate: '2024-07-15' }],
    ['acuerdo Publicar el programa; responsable: Dirección de Vinculación; plazo: 2024-07-15', { kind: 'agreement', text: 'Publicar el programa', responsible: 'Dirección de Vinculación', dueDate: '2024-07-15' }],
    ['agreement: Publish the plan. Responsible: UTCS. Due: 2024-07-15.', { kind: 'agreement', text: 'Publish the plan.', responsible: 'UTCS', dueDate: '2024-07-15' }],
    ['acuerdo: Informar al Consejo. Plazo: la próxima semana', { kind: 'agreement', text: 'Informar al Consejo.', dueDate: 'la próxima semana' }],
    ['Asistencia de Teams', { kind: 'attendance-report' }],
    ['attendance report', { kind: 'attendance-report' }],
    ['seguimiento', { kind: 'follow-up' }],
    ['Seguimiento de acuerdos', { kind: 'follow-up' }],
    ['seguimiento punto 2', { kind: 'follow-up', number: '2' }],
    ['follow-up 3', { kind: 'follow-up', number: '3' }],
    ['Cumplido 2 Se entregó el oficio', { kind: 'agreement-done', position: 2, note: 'Se entregó el oficio' }],
    ['acuerdo cumplido 1', { kind: 'agreement-done', position: 1, note: '' }],
    ['agreement done 3: letter sent', { kind: 'agreement-done', position: 3, note: 'letter sent' }],
    ['retirar punto 4', { kind: 'withdraw', number: '4' }],
    ['withdraw item 5.c', { kind: 'withdraw', number: '5.c' }],
    ['diferir punto 3', { kind: 'defer', number: '3' }],
    ['defer item 2', { kind: 'defer', number: '2' }],
    ['Asunto general: Calendario de sesiones', { kind: 'general-matter', title: 'Calendario de sesiones' }],
    ['general matter: Calendar', { kind: 'general-matter', title: 'Calendar' }],
    ['receso', { kind: 'recess', reason: '' }],
    ['Receso por falta de quórum', { kind: 'recess', reason: 'por falta de quórum' }],
    ['reanudar', { kind: 'resume' }],
    ['resume', { kind: 'resume' }],
    ['Clausura', { kind: 'close-session' }],
    ['close session', { kind: 'close-session' }],
    ['estado', { kind: 'status' }],
    ['status', { kind: 'status' }],
    ['minuta', { kind: 'minutes' }],
    ['integrantes <at>Ana</at> <at>Luis</at>', { kind: 'roster', role: 'voting-member' }],
    ['Presidencia Ana', { kind: 'roster', role: 'chair' }],
    ['secretaría Marta', { kind: 'roster', role: 'secretary' }],
    ['representantes Pedro', { kind: 'roster', role: 'representative' }],
    ['invitados Gina', { kind: 'roster', role: 'guest' }],
    ['tipo del punto 2: votación', { kind: 'correct-kind', number: '2', itemKind: 'vote' }],
    ['kind item 5.a report', { kind: 'correct-kind', number: '5.a', itemKind: 'report' }],
    ['concluir punto', { kind: 'complete-item' }],
  ])('"%s" → %j', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  it('given "orden del día" and the document below, then the agenda text is everything after the keyword', () => {
    expect(parseCommand('Orden del día\n1. Lista de asistencia\n2. Asuntos generales')).toEqual({ kind: 'agenda', text: '1. Lista de asistencia\n2. Asuntos generales' });
    expect(parseCommand('agenda: 1. Roll call')).toEqual({ kind: 'agenda', text: '1. Roll call' });
  });

  it('given "aprobar orden del día", then it is the approval, not a new agenda', () => {
    expect(parseCommand('aprobar orden del dia').kind).toBe('approve-agenda');
  });

  it('given something it does not know, then it is unknown with the text', () => {
    expect(parseCommand('hola qué tal')).toEqual({ kind: 'unknown', text: 'hola qué tal' });
  });

  it('normalises item numbers', () => {
    expect([itemNumberOf('05'), itemNumberOf('5.B'), itemNumberOf('5)'), itemNumberOf('iv'), itemNumberOf('5.1')]).toEqual(['5', '5.b', '5', '4', '5.1']);
  });
});
