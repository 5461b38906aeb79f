/**
 * Draws Sesiona's Teams app icons: an order of the day on a clipboard, items ticked off as the session advances,
 * and the chair's gavel. Writes manifest/icons/color.png (192×192, full colour) and manifest/icons/outline.png
 * (32×32, white on transparent). Run: `npm run icons` (the PNGs are committed; rerun after changing the drawing).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IconCanvas, type Rgba, type Shape, circle, minus, polyline, rgb, rotate, roundRect, stroke, union } from './icon-canvas';

/** The product colour (also the manifest's accentColor). */
export const PRODUCT_COLOUR = '#0F6B74';

const TEAL = rgb(PRODUCT_COLOUR);
const TEAL_DARK = rgb('#0A4C53');
const PAPER = rgb('#FFFFFF');
const LINE = rgb('#BFD9DB');
const GOLD = rgb('#F2B33D');
const GOLD_DARK = rgb('#C98A17');
const WOOD = rgb('#7A4A21');
const WHITE = rgb('#FFFFFF');

const mix = (a: Rgba, b: Rgba, t: number): Rgba => [0, 1, 2, 3].map((i) => Math.round(a[i]! + (b[i]! - a[i]!) * t)) as unknown as Rgba;

export function colorIcon(): IconCanvas {
  const s = 192;
  const canvas = new IconCanvas(s);
  // background: the product colour, lighter at the top
  const background = (_x: number, y: number) => mix(rgb('#14838D'), TEAL, y / s);
  canvas.fill(() => true, background);

  // the clipboard with the order of the day
  canvas.fill(roundRect(46, 38, 138, 162, 12), TEAL_DARK);
  canvas.fill(roundRect(52, 44, 132, 156, 8), PAPER);
  canvas.fill(minus(roundRect(72, 28, 112, 52, 8), circle(92, 36, 4.5)), GOLD);

  // three items: two done (ticked), the current one open
  const rows = [78, 106, 134];
  rows.forEach((y, i) => {
    if (i < 2) {
      canvas.fill(circle(70, y, 10), TEAL);
      canvas.fill(polyline([[65, y], [69, y + 4.5], [76, y - 4.5]], 3.6), WHITE);
    } else {
      canvas.fill(minus(circle(70, y, 10), circle(70, y, 6.5)), TEAL);
    }
    canvas.fill(stroke(88, y, [122, 114, 106][i]!, y, 7), i < 2 ? LINE : TEAL);
  });

  // the chair's gavel over the lower right corner, cut out from what is behind it by a band of the background
  const at = (shape: Shape): Shape => rotate((x, y) => shape(x - 136, y - 126), -45, 136, 126);
  const head = roundRect(-25, -11, 25, 11, 5);
  const faces = union(roundRect(-31, -14, -21, 14, 3.5), roundRect(21, -14, 31, 14, 3.5));
  const handle = roundRect(-4.5, 8, 4.5, 56, 4.5);
  const band = union(roundRect(-36, -19, 36, 19, 8), roundRect(-9.5, 3, 9.5, 61, 9));
  canvas.fill(at(band), background);
  canvas.fill(at(handle), WOOD);
  canvas.fill(at(head), GOLD);
  canvas.fill(at(faces), GOLD_DARK);
  canvas.fill(at(roundRect(-25, -11, 25, -4, 3)), rgb('#F8CF7A'));
  return canvas;
}

export function outlineIcon(): IconCanvas {
  const canvas = new IconCanvas(32, 8);
  // clipboard frame, 2 px white stroke
  canvas.fill(minus(roundRect(6, 5, 26, 30, 3), roundRect(8, 7, 24, 28, 1.5)), WHITE);
  canvas.fill(roundRect(11.5, 3, 20.5, 8, 1.5), WHITE);
  // two ticked items and lines
  for (const y of [14, 21.5]) {
    canvas.fill(polyline([[10, y], [12, y + 2], [15.5, y - 2]], 2), WHITE);
    canvas.fill(stroke(18, y, 22, y, 2), WHITE);
  }
  return canvas;
}

if (require.main === module) {
  const dir = join(__dirname, '..', 'manifest', 'icons');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'color.png'), colorIcon().toPng());
  writeFileSync(join(dir, 'outline.png'), outlineIcon().toPng());
  console.log(`Icons written to ${dir}: color.png (192×192), outline.png (32×32).`);
}
