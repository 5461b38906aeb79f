/**
 * A tiny anti-aliased vector canvas for the app icons: shapes are "is this point inside?" functions, each pixel is
 * sampled on a grid (supersampling) and painted source-over. Enough for flat icons; no fonts, no curves beyond
 * circles and rounded strokes.
 */
import { PNG } from 'pngjs';

/** Inside test; `box` ([x0, y0, x1, y1]) bounds the shape so painting skips the pixels it cannot touch. */
export type Shape = ((x: number, y: number) => boolean) & { box?: Box };
export type Box = readonly [number, number, number, number];

const boxed = (test: (x: number, y: number) => boolean, box: Box | undefined): Shape => Object.assign(test, { box });
export type Rgba = readonly [number, number, number, number];

export const rgb = (hex: string, alpha = 255): Rgba => {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
};

export const roundRect = (x0: number, y0: number, x1: number, y1: number, r: number): Shape => boxed((x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}, [x0, y0, x1, y1]);

export const circle = (cx: number, cy: number, r: number): Shape => boxed((x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r, [cx - r, cy - r, cx + r, cy + r]);

/** A straight stroke with round ends from (ax, ay) to (bx, by), `width` thick. */
export const stroke = (ax: number, ay: number, bx: number, by: number, width: number): Shape => {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const r2 = (width / 2) ** 2;
  const h = width / 2;
  return boxed((x, y) => {
    const t = length2 === 0 ? 0 : Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / length2));
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= r2;
  }, [Math.min(ax, bx) - h, Math.min(ay, by) - h, Math.max(ax, bx) + h, Math.max(ay, by) + h]);
};

/** Round-jointed strokes through the points. */
export const polyline = (points: [number, number][], width: number): Shape =>
  union(...points.slice(1).map(([x, y], i) => stroke(points[i]![0], points[i]![1], x, y, width)));

export const union = (...shapes: Shape[]): Shape => boxed(
  (x, y) => shapes.some((s) => s(x, y)),
  shapes.every((s) => s.box)
    ? [Math.min(...shapes.map((s) => s.box![0])), Math.min(...shapes.map((s) => s.box![1])), Math.max(...shapes.map((s) => s.box![2])), Math.max(...shapes.map((s) => s.box![3]))]
    : undefined,
);
export const minus = (shape: Shape, hole: Shape): Shape => boxed((x, y) => shape(x, y) && !hole(x, y), shape.box);
/** The shape turned by `degrees` around (cx, cy). */
export const rotate = (shape: Shape, degrees: number, cx: number, cy: number): Shape => {
  const a = (-degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const test = (x: number, y: number) => shape(cx + (x - cx) * cos - (y - cy) * sin, cy + (x - cx) * sin + (y - cy) * cos);
  if (!shape.box) return boxed(test, undefined);
  // the turned box's corners (turning the other way round) bound the turned shape
  const [x0, y0, x1, y1] = shape.box;
  const corners = [[x0, y0], [x1, y0], [x0, y1], [x1, y1]].map(([x, y]) => [cx + (x! - cx) * cos + (y! - cy) * sin, cy - (x! - cx) * sin + (y! - cy) * cos] as const);
  return boxed(test, [Math.min(...corners.map((c) => c[0])), Math.min(...corners.map((c) => c[1])), Math.max(...corners.map((c) => c[0])), Math.max(...corners.map((c) => c[1]))]);
};

/** Paint for a layer: one colour, or a colour per position (gradients). */
export type Paint = Rgba | ((x: number, y: number) => Rgba);

export class IconCanvas {
  private readonly pixels: Float64Array;

  constructor(readonly size: number, private readonly samples = 6) {
    this.pixels = new Float64Array(size * size * 4); // premultiplied, 0..1
  }

  /** Paints `shape` with `paint`, coverage measured on a samples×samples grid per pixel. */
  fill(shape: Shape, paint: Paint): this {
    const n = this.samples;
    const [x0, y0, x1, y1] = shape.box ?? [0, 0, this.size, this.size];
    const from = (v: number) => Math.max(0, Math.floor(v));
    const to = (v: number) => Math.min(this.size - 1, Math.ceil(v));
    for (let py = from(y0); py <= to(y1); py++) {
      for (let px = from(x0); px <= to(x1); px++) {
        let inside = 0;
        for (let sy = 0; sy < n; sy++) for (let sx = 0; sx < n; sx++) if (shape(px + (sx + 0.5) / n, py + (sy + 0.5) / n)) inside++;
        if (inside === 0) continue;
        const [r, g, b, a] = typeof paint === 'function' ? paint(px + 0.5, py + 0.5) : paint;
        const alpha = (a / 255) * (inside / (n * n));
        const i = (py * this.size + px) * 4;
        const keep = 1 - alpha;
        this.pixels[i] = (r / 255) * alpha + this.pixels[i]! * keep;
        this.pixels[i + 1] = (g / 255) * alpha + this.pixels[i + 1]! * keep;
        this.pixels[i + 2] = (b / 255) * alpha + this.pixels[i + 2]! * keep;
        this.pixels[i + 3] = alpha + this.pixels[i + 3]! * keep;
      }
    }
    return this;
  }

  toPng(): Buffer {
    const png = new PNG({ width: this.size, height: this.size });
    for (let i = 0; i < this.size * this.size; i++) {
      const a = this.pixels[i * 4 + 3]!;
      for (let c = 0; c < 3; c++) png.data[i * 4 + c] = a === 0 ? 0 : Math.round(Math.min(1, this.pixels[i * 4 + c]! / a) * 255);
      png.data[i * 4 + 3] = Math.round(a * 255);
    }
    return PNG.sync.write(png, { colorType: 6 });
  }
}
