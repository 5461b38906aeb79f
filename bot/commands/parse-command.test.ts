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

describe('the debate, typed: the floor, rounds, time and motions, Spanish and English', () => {
  it.each([
    ['palabra', { kind: 'ask-floor', member: 'self' }],
    ['Pido la palabra', { kind: 'ask-floor', member: 'self' }],
    ['pedir la palabra', { kind: 'ask-floor', member: 'self' }],
    ['floor', { kind: 'ask-floor', member: 'self' }],
    ['Ask for the floor', { kind: 'ask-floor', member: 'self' }],
    ['retirar palabra', { kind: 'withdraw-floor', member: 'self' }],
    ['Retiro mi palabra', { kind: 'withdraw-floor', member: 'self' }],
    ['withdraw', { kind: 'withdraw-floor', member: 'self' }],
    ['withdraw from the floor', { kind: 'withdraw-floor', member: 'self' }],
    ['siguiente orador', { kind: 'give-floor', to: 'next' }],
    ['dar la palabra', { kind: 'give-floor', to: 'next' }],
    ['next speaker', { kind: 'give-floor', to: 'next' }],
    ['terminar intervención', { kind: 'end-intervention' }],
    ['Terminó', { kind: 'end-intervention' }],
    ['termino', { kind: 'end-intervention' }],
    ['end intervention', { kind: 'end-intervention' }],
    ['done', { kind: 'end-intervention' }],
    ['cerrar ronda', { kind: 'close-round' }],
    ['close round', { kind: 'close-round' }],
    ['ampliar tiempo 2', { kind: 'extend-time', seconds: 120 }],
    ['ampliar tiempo 1.5', { kind: 'extend-time', seconds: 90 }],
    ['Ampliar tiempo 1,5 minutos', { kind: 'extend-time', seconds: 90 }],
    ['ampliar tiempo 90 s', { kind: 'extend-time', seconds: 90 }],
    ['ampliar el tiempo 45 segundos', { kind: 'extend-time', seconds: 45 }],
    ['extend time 3', { kind: 'extend-time', seconds: 180 }],
    ['extend time 30 sec', { kind: 'extend-time', seconds: 30 }],
    ['moción al orador', { kind: 'motion-to-speaker' }],
    ['Moción al orador: ¿Cuál es el costo del programa?', { kind: 'motion-to-speaker', text: '¿Cuál es el costo del programa?' }],
    ['question to the speaker What does it cost?', { kind: 'motion-to-speaker', text: 'What does it cost?' }],
    ['acepto la moción', { kind: 'answer-motion', accept: true }],
    ['No acepto la moción', { kind: 'answer-motion', accept: false }],
    ['I accept the question', { kind: 'answer-motion', accept: true }],
    ['I decline the question', { kind: 'answer-motion', accept: false }],
    ['moción de orden', { kind: 'point-of-order' }],
    ['Moción de orden: el orador se aparta del tema', { kind: 'point-of-order', text: 'el orador se aparta del tema' }],
    ['point of order the speaker is off topic', { kind: 'point-of-order', text: 'the speaker is off topic' }],
    ['procede la moción', { kind: 'decide-point-of-order', accept: true }],
    ['No procede la moción', { kind: 'decide-point-of-order', accept: false }],
    ['point of order granted', { kind: 'decide-point-of-order', accept: true }],
    ['point of order denied', { kind: 'decide-point-of-order', accept: false }],
  ])('"%s" → %j', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  it.each([
    ['inscribir a Luis Consejero', { kind: 'ask-floor', member: 'mentioned' }],
    ['add Luis Consejero to speakers', { kind: 'ask-floor', member: 'mentioned' }],
    ['retirar a Luis Consejero', { kind: 'withdraw-floor', member: 'mentioned' }],
    ['remove Luis Consejero from speakers', { kind: 'withdraw-floor', member: 'mentioned' }],
    ['ceder la palabra a Luis Consejero', { kind: 'give-floor', to: 'mentioned' }],
    ['ceder la palabra a Luis Consejero por alusiones personales', { kind: 'give-floor', to: 'mentioned', reason: 'alusiones personales' }],
    ['dar la palabra a Luis Consejero por una rectificación de hechos', { kind: 'give-floor', to: 'mentioned', reason: 'una rectificación de hechos' }],
    ['give the floor to Luis Consejero for personal allusions', { kind: 'give-floor', to: 'mentioned', reason: 'personal allusions' }],
    // Teams puts the mention where it was typed; the test connector puts it at the end
    ['ceder la palabra a por alusiones personales Luis Consejero', { kind: 'give-floor', to: 'mentioned', reason: 'alusiones personales' }],
    // a mention Teams shows shorter than the name it carries
    ['ceder la palabra a Luis por alusiones personales', { kind: 'give-floor', to: 'mentioned', reason: 'alusiones personales' }],
  ])('with Luis Consejero mentioned, "%s" → %j', (text, expected) => {
    expect(parseCommand(text, ['Luis Consejero'])).toEqual(expected);
  });

  it.each([
    ['ampliar tiempo', 'extend-time-without-number'],
    ['extend time', 'extend-time-without-number'],
    ['ampliar tiempo mucho', 'extend-time-bad-number'],
    ['ampliar tiempo 0', 'extend-time-bad-number'],
    ['inscribir a Luis', 'ask-floor-for-without-mention'],
    ['retirar a Luis', 'withdraw-floor-for-without-mention'],
    ['ceder la palabra a Luis', 'give-floor-without-mention'],
  ])('given "%s" in the wrong form, then it says what is wrong (%s)', (text, problem) => {
    expect(parseCommand(text)).toEqual({ kind: 'malformed', problem });
  });

  it('given two people mentioned to give the floor to, then the floor goes to one person only', () => {
    expect(parseCommand('ceder la palabra a Luis Consejero Sofía Consejera', ['Luis Consejero', 'Sofía Consejera'])).toEqual({ kind: 'malformed', problem: 'give-floor-one-person' });
  });

  it('given the commands the debate sits beside, then they keep their meaning', () => {
    expect(parseCommand('retirar punto 4')).toEqual({ kind: 'withdraw', number: '4' });
    expect(parseCommand('withdraw item 5.c')).toEqual({ kind: 'withdraw', number: '5.c' });
    expect(parseCommand('terminar')).toEqual({ kind: 'complete-item' });
    expect(parseCommand('siguiente')).toEqual({ kind: 'next' });
    expect(parseCommand('salida Luis Consejero', ['Luis Consejero'])).toEqual({ kind: 'presence', present: false });
  });
});
