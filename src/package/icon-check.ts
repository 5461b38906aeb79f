/**
 * Teams' icon rules, checked on the PNG pixels: the colour icon is 192×192; the outline icon is 32×32, white on a
 * transparent background (Teams tints it; an opaque or coloured outline shows as a solid square).
 */
import { PNG } from 'pngjs';
import { type PackageProblem, problem } from './package-problem';

export type IconRole = 'color' | 'outline';

const SIZE: Record<IconRole, number> = { color: 192, outline: 32 };

/** Problems of the icon `bytes` used as `role`; `file` names it in messages. */
export function iconProblems(role: IconRole, file: string, bytes: Buffer): PackageProblem[] {
  let png: PNG;
  try {
    png = PNG.sync.read(bytes);
  } catch (err) {
    return [problem(file,
      `no es un PNG legible (${(err as Error).message}). Qué hacer: guarda el icono como PNG o vuelve a generarlo con «npm run icons».`,
      `is not a readable PNG (${(err as Error).message}). What to do: save the icon as PNG or regenerate it with "npm run icons".`)];
  }
  const size = SIZE[role];
  const problems: PackageProblem[] = [];
  if (png.width !== size || png.height !== size) {
    problems.push(problem(file,
      `mide ${png.width}×${png.height}; el icono ${role === 'color' ? 'de color' : 'de contorno'} debe medir ${size}×${size} píxeles. Qué hacer: redimensiónalo o vuelve a generarlo con «npm run icons».`,
      `is ${png.width}×${png.height}; the ${role} icon must be ${size}×${size} pixels. What to do: resize it or regenerate it with "npm run icons".`));
  }
  if (role === 'outline') problems.push(...outlineProblems(file, png));
  return problems;
}

function outlineProblems(file: string, png: PNG): PackageProblem[] {
  const { data, width, height } = png;
  let transparent = 0;
  let firstColoured: { x: number; y: number; hex: string } | null = null;
  let visible = 0;
  for (let i = 0; i < width * height; i++) {
    const [r, g, b, a] = [data[i * 4]!, data[i * 4 + 1]!, data[i * 4 + 2]!, data[i * 4 + 3]!];
    if (a === 0) transparent++;
    else visible++;
    // edge pixels of a white drawing are white with partial alpha; a visible pixel that is not near white is colour
    if (a >= 64 && (r < 200 || g < 200 || b < 200) && !firstColoured) {
      firstColoured = { x: i % width, y: Math.floor(i / width), hex: `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}` };
    }
  }
  const problems: PackageProblem[] = [];
  if (transparent === 0) {
    problems.push(problem(file,
      'es opaco: el icono de contorno necesita fondo transparente (canal alfa con píxeles en 0). Qué hacer: exporta el PNG con transparencia (RGBA) y solo el trazo en blanco.',
      'is opaque: the outline icon needs a transparent background (an alpha channel with pixels at 0). What to do: export the PNG with transparency (RGBA) and only the white strokes.'));
  } else if (visible === 0) {
    problems.push(problem(file,
      'es totalmente transparente: no se vería nada. Qué hacer: dibuja el símbolo en blanco sobre el fondo transparente.',
      'is fully transparent: nothing would show. What to do: draw the symbol in white on the transparent background.'));
  }
  if (firstColoured) {
    problems.push(problem(file,
      `tiene color: el píxel (${firstColoured.x}, ${firstColoured.y}) es ${firstColoured.hex}; el icono de contorno debe ser blanco (#ffffff) sobre transparente. Qué hacer: vuelve a exportarlo solo en blanco.`,
      `has colour: pixel (${firstColoured.x}, ${firstColoured.y}) is ${firstColoured.hex}; the outline icon must be white (#ffffff) on transparent. What to do: export it again in white only.`));
  }
  return problems;
}
