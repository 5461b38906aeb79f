/**
 * The app-only token through the real @azure/identity ClientSecretCredential (MSAL inside), against a local Entra
 * token endpoint, used by the Graph gateway against a local Graph.
 */
import { FakeEntra, loopbackHttpClient } from '../../tests/support/fake-entra';
import { FakeGraph } from '../../tests/support/fake-graph';
import type { GraphConfig } from '../config';
import { GraphGateway, GraphProblem } from './graph-gateway';
import { graphTokenProvider } from './graph-token';

const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const CLIENT = '11111111-2222-3333-4444-555555555555';

const config = (over: Partial<GraphConfig>): GraphConfig => ({
  baseUrl: '', tenantId: TENANT, clientId: CLIENT, clientSecret: 's3cret', token: null,
  minutesSite: null, minutesDriveId: 'drive', minutesFolderId: 'root', attendance: true, attendanceDelaySeconds: 0, ...over,
});

describe('the app-only token for Microsoft Graph', () => {
  let entra: FakeEntra;
  let graph: FakeGraph;
  beforeEach(async () => {
    entra = await FakeEntra.start(CLIENT, 's3cret');
    graph = await FakeGraph.start('entra-token-1');
  });
  afterEach(async () => {
    await entra.close();
    await graph.close();
  });

  it('given the bot app\'s secret and tenant, when Graph is called, then a client-credentials token for the Graph scope is asked once and used', async () => {
    const token = graphTokenProvider(config({}), { httpClient: loopbackHttpClient(entra) as never });
    const gateway = new GraphGateway({ baseUrl: `${graph.url}/v1.0`, token, retryDelaySeconds: 0.05 });
    await gateway.upload('drive', 'root', 'a.docx', Buffer.from('a'), 'application/octet-stream');
    await gateway.upload('drive', 'root', 'b.docx', Buffer.from('b'), 'application/octet-stream');
    expect(graph.uploads.map((u) => u.name)).toEqual(['a.docx', 'b.docx']);
    expect(entra.tokenRequests).toHaveLength(1); // the credential caches the token until it expires
    expect(entra.tokenRequests[0]).toMatchObject({ tenant: TENANT, form: { grant_type: 'client_credentials', client_id: CLIENT, scope: 'https://graph.microsoft.com/.default' } });
  });

  it('given a wrong secret, when Graph is called, then the secretary reads that no token was issued and what to check; Graph is never called', async () => {
    const token = graphTokenProvider(config({ clientSecret: 'wrong' }), { httpClient: loopbackHttpClient(entra) as never });
    const gateway = new GraphGateway({ baseUrl: `${graph.url}/v1.0`, token, retryDelaySeconds: 0.05 });
    const problem = await gateway.attendance('org', 'meeting').catch((e: GraphProblem) => e) as GraphProblem;
    expect(problem).toBeInstanceOf(GraphProblem);
    expect(problem.text.es).toMatch(/Sesiona no obtuvo de Microsoft Entra ID un token para Microsoft Graph \(revisa el secreto de la aplicación/);
    expect(problem.text.en).toMatch(/AADSTS7000215/);
    expect(graph.calls).toEqual([]);
  });

  it('given a fixed token, then it is used as it is and Entra is not asked', async () => {
    const token = graphTokenProvider(config({ token: 'entra-token-1', clientSecret: null }));
    expect(await token()).toBe('entra-token-1');
    expect(entra.tokenRequests).toEqual([]);
  });
});
