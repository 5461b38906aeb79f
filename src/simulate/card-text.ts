/**
 * All the text of an Adaptive Card, in reading order: what a person reads on it (tests and the simulator's transcript).
 */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.text === 'string') out.push(o.text);
      if (typeof o.label === 'string') out.push(o.label);
      if (typeof o.title === 'string' && o.type === 'Action.Execute') out.push(`[${o.title}]`);
      if (Array.isArray(o.facts)) (o.facts as { title: string; value: string }[]).forEach((f) => out.push(`${f.title}: ${f.value}`));
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out.join('\n');
}
