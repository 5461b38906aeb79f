/** Lower case, no accents, single spaces: how the importer compares words. */
export function normaliseForMatch(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
