import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { colorIcon, outlineIcon, PRODUCT_COLOUR } from '../../scripts/make-icons';
import { MANIFEST_DIR } from './build-package';
import { iconProblems } from './icon-check';

const committed = (name: string) => readFileSync(join(MANIFEST_DIR, 'icons', name));

describe('the committed app icons', () => {
  it('given scripts/make-icons.ts, when it draws the icons again, then they are the committed PNGs pixel for pixel', () => {
    expect(PNG.sync.read(colorIcon().toPng()).data.equals(PNG.sync.read(committed('color.png')).data)).toBe(true);
    expect(PNG.sync.read(outlineIcon().toPng()).data.equals(PNG.sync.read(committed('outline.png')).data)).toBe(true);
  });

  it('then they pass Teams\' icon rules, and the colour icon is opaque in the product colour the manifest names', () => {
    expect(iconProblems('color', 'color.png', committed('color.png'))).toEqual([]);
    expect(iconProblems('outline', 'outline.png', committed('outline.png'))).toEqual([]);
    const color = PNG.sync.read(committed('color.png'));
    let opaque = true;
    for (let i = 3; i < color.data.length; i += 4) opaque &&= color.data[i] === 255;
    expect(opaque).toBe(true);
    const manifest = JSON.parse(readFileSync(join(MANIFEST_DIR, 'manifest.template.json'), 'utf8')) as { accentColor: string };
    expect(manifest.accentColor).toBe(PRODUCT_COLOUR);
  });
});
