import { encodeSharingUrl } from './chat-attachment';

describe('the sharing token of a sharing URL (Graph: GET /shares/{shareIdOrEncodedSharingUrl})', () => {
  it('given a URL whose base64 has "+", "/" and padding, then it is "u!" and the base64 with "=" removed, "/" as "_" and "+" as "-"', () => {
    const url = 'https://contoso.sharepoint.com/:w:/g/personal/marta/EaBc?e=4f>?~~';
    const base64 = Buffer.from(url, 'utf8').toString('base64');
    expect(base64).toMatch(/[+/]/);
    expect(base64).toMatch(/=$/);
    const encoded = encodeSharingUrl(url);
    expect(encoded).toBe(`u!${base64.replace(/=+$/, '').replace(/\//g, '_').replace(/\+/g, '-')}`);
    expect(encoded.slice(2)).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});
