/**
 * The Graph gateway through the real @microsoft/microsoft-graph-client against a local fake Graph.
 */
import { FakeGraph } from '../../tests/support/fake-graph';
import { GraphGateway, GraphProblem } from './graph-gateway';

const ORGANIZER = 'aad-marta-0000';
const MEETING = 'MSpkYzE3Njc0Yy04MWQ5LTRhZGItYmZi';

describe('Microsoft Graph, through the real client against a local Graph', () => {
  let graph: FakeGraph;
  let gateway: GraphGateway;
  beforeEach(async () => {
    graph = await FakeGraph.start();
    gateway = new GraphGateway({ baseUrl: `${graph.url}/v1.0`, token: async () => graph.token, retryDelaySeconds: 0.05 });
  });
  afterEach(() => graph.close());

  it('given a report longer than a page, when the attendance is read, then every page is followed', async () => {
    graph.setAttendance(ORGANIZER, MEETING, [
      { id: 'aad-ana-0000', name: 'Ana Presidenta', seconds: 4000 },
      { id: 'aad-luis-0000', name: 'Luis Consejero' },
      { id: null, name: 'Invitado por teléfono', role: 'Attendee' },
      { id: 'aad-sofia-0000', name: 'Sofía Consejera', email: 'sofia@iecm.mx' },
      { id: 'aad-gina-0000', name: 'Gina Invitada' },
    ]);
    const records = await gateway.attendance(ORGANIZER, MEETING);
    expect(records.map((r) => r.name)).toEqual(['Ana Presidenta', 'Luis Consejero', 'Invitado por teléfono', 'Sofía Consejera', 'Gina Invitada']);
    expect(records[0]).toEqual({ id: 'aad-ana-0000', name: 'Ana Presidenta', email: null, role: 'Attendee', seconds: 4000 });
    expect(records[3]!.email).toBe('sofia@iecm.mx');
    const recordCalls = graph.calls.filter((c) => c.path.includes('attendanceRecords'));
    expect(recordCalls.map((c) => c.path.replace(/^.*attendanceRecords/, ''))).toEqual(['', '?$skiptoken=2', '?$skiptoken=4']);
    expect(graph.calls.every((c) => c.authorization === 'Bearer graph-test-token')).toBe(true);
  });

  it('given Graph throttles with 429 and Retry-After, when the attendance is read, then it waits and succeeds', async () => {
    graph.setAttendance(ORGANIZER, MEETING, [{ id: 'aad-ana-0000', name: 'Ana Presidenta' }]);
    graph.failNext(/attendanceReports$/, 429, 1, { 'Retry-After': '1' });
    const started = Date.now();
    const records = await gateway.attendance(ORGANIZER, MEETING);
    expect(records).toHaveLength(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(graph.calls.map((c) => c.status)).toEqual([429, 200, 200]);
  });

  it('given Graph keeps throttling, when the attendance is read, then the message says so in both languages after the retries', async () => {
    graph.setAttendance(ORGANIZER, MEETING, []);
    graph.failNext(/attendanceReports$/, 429, 10, { 'Retry-After': '0' });
    const problem = await gateway.attendance(ORGANIZER, MEETING).catch((e: GraphProblem) => e);
    expect(problem).toBeInstanceOf(GraphProblem);
    expect((problem as GraphProblem).status).toBe(429);
    expect((problem as GraphProblem).text.es).toMatch(/Microsoft Graph está limitando las solicitudes/);
    expect(graph.calls.length).toBe(4); // the first try and three retries
  });

  it('given the app lacks the permission, when the attendance is read, then the message names OnlineMeetingArtifact.Read.All', async () => {
    graph.failNext(/attendanceReports$/, 403);
    const problem = await gateway.attendance(ORGANIZER, MEETING).catch((e: GraphProblem) => e) as GraphProblem;
    expect(problem.permission).toBe('OnlineMeetingArtifact.Read.All');
    expect(problem.text.es).toMatch(/necesita el permiso de aplicación OnlineMeetingArtifact\.Read\.All con consentimiento/);
    expect(problem.text.en).toMatch(/needs the application permission OnlineMeetingArtifact\.Read\.All with admin consent[\s\S]*Insufficient privileges/);
  });

  it('given the report is not there yet, then the message says it usually takes a few minutes', async () => {
    graph.setAttendance(ORGANIZER, MEETING, []);
    graph.failNext(/attendanceReports$/, 200, 1, {}, { value: [] });
    const problem = await gateway.attendance(ORGANIZER, MEETING).catch((e: GraphProblem) => e) as GraphProblem;
    expect(problem.status).toBe(404);
    expect(problem.text.es).toMatch(/todavía no tiene el reporte de asistencia/);
  });

  it('given a wrong token, then the 401 names the permission to check and no data is returned', async () => {
    const wrong = new GraphGateway({ baseUrl: `${graph.url}/v1.0`, token: async () => 'expired', retryDelaySeconds: 0.05 });
    const problem = await wrong.upload('drive-1', 'root', 'x.docx', Buffer.from('x'), 'text/plain').catch((e: GraphProblem) => e) as GraphProblem;
    expect(problem.status).toBe(401);
    expect(problem.permission).toBe('Files.ReadWrite.All');
    expect(graph.uploads).toEqual([]);
  });

  it('given a folder, when a file is uploaded, then Graph gets the bytes and the content type and the link comes back', async () => {
    graph.failNext(/content$/, 503, 1, { 'Retry-After': '0' });
    const body = Buffer.from('PK\u0003\u0004 minuta');
    const item = await gateway.upload('b!drive-cpvoe', '01FOLDER', 'Minuta - Sexta Sesión Ordinaria - 2024-06-24.docx', body, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(item.webUrl).toBe('https://contoso.sharepoint.com/sites/cpvoe/Minutas/Minuta%20-%20Sexta%20Sesi%C3%B3n%20Ordinaria%20-%202024-06-24.docx');
    expect(graph.uploads).toEqual([{ drive: 'b!drive-cpvoe', folder: '01FOLDER', name: 'Minuta - Sexta Sesión Ordinaria - 2024-06-24.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', body }]);
    expect(graph.calls.map((c) => c.status)).toEqual([503, 201]);
  });

  it('given Graph cannot be reached, then the message says there is no connection', async () => {
    const url = graph.url;
    await graph.close();
    graph = await FakeGraph.start();
    const offline = new GraphGateway({ baseUrl: `${url}/v1.0`, token: async () => 't', retryDelaySeconds: 0.05 });
    const problem = await offline.attendance(ORGANIZER, MEETING).catch((e: GraphProblem) => e) as GraphProblem;
    expect(problem).toBeInstanceOf(GraphProblem);
    expect(problem.text.en).toMatch(/Could not read the meeting attendance report \(no connection to Microsoft Graph: \S+/);
  });
});
