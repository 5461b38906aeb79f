/**
 * The section titles and column names of the minutes, the same in the Markdown and the Word renderers.
 */
export const MINUTES_LABELS = {
  es: {
    attendance: 'Asistencia', quorum: 'Declaratoria de quórum', agenda: 'Orden del día aprobado', development: 'Desarrollo de la sesión',
    agreements: 'Acuerdos adoptados', recesses: 'Recesos', closing: 'Clausura',
    annex: 'Anexo: conciliación de asistencia con el reporte de Teams', followUp: 'Seguimiento de acuerdos', floorUse: 'Uso de la palabra',
    name: 'Nombre', role: 'Cargo', present: 'Asistencia', arrived: 'Llegada', movements: 'Salidas y reincorporaciones', yes: 'Presente', no: 'Ausente',
    vote: 'Voto', none: 'Ninguno.', noRecesses: 'No hubo recesos.', noAgreements: 'No se adoptaron acuerdos.',
    joined: 'Se conectaron a la reunión pero no respondieron al pase de lista', answered: 'Respondieron al pase de lista pero no aparecen en el reporte de Teams',
    number: 'Núm.', item: 'Punto', agreement: 'Acuerdo', responsible: 'Responsable', due: 'Fecha compromiso', source: 'Adoptado en', status: 'Estado',
    onItem: 'tratado en el punto', opinions: 'Votos particulares, concurrentes y razonados',
    page: (current: string, total: string) => ['Página ', current, ' de ', total],
  },
  en: {
    attendance: 'Attendance', quorum: 'Quorum', agenda: 'Order of the day as approved', development: 'Proceedings',
    agreements: 'Agreements adopted', recesses: 'Recesses', closing: 'Closing',
    annex: 'Annex: attendance reconciled with the Teams report', followUp: 'Follow-up of agreements', floorUse: 'Use of the floor',
    name: 'Name', role: 'Role', present: 'Attendance', arrived: 'Arrival', movements: 'Departures and returns', yes: 'Present', no: 'Absent',
    vote: 'Vote', none: 'None.', noRecesses: 'There were no recesses.', noAgreements: 'No agreements were adopted.',
    joined: 'Joined the meeting but did not answer the roll call', answered: 'Answered the roll call but are not in the Teams report',
    number: 'No.', item: 'Item', agreement: 'Agreement', responsible: 'Responsible', due: 'Due date', source: 'Adopted in', status: 'Status',
    onItem: 'taken up on item', opinions: 'Separate opinions (dissenting, concurring, reasoned)',
    page: (current: string, total: string) => ['Page ', current, ' of ', total],
  },
};

/** The number of a section of the minutes in Roman numerals (I, II, … XII), apart from the items' own numbers. */
export function roman(n: number): string {
  const digits: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of digits) for (; n >= value; n -= value) out += letters;
  return out;
}
