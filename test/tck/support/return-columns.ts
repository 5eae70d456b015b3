// The columns of a recorded query's final top-level RETURN (`RETURN a, b AS
// c` gives a and c), for a translation test's stand-in answers: the test
// reads the text as Neo4j would receive it. Production never reads query
// text; a built query knows its columns.
export function parseReturnColumns(text: string, name: string): string[] {
  const code = text.replace(/\/\/[^\n]*/g, '');
  let depth = 0;
  let quote: string | null = null;
  let returnAt = -1;
  for (let i = 0; i < code.length; i++) {
    const char = code[i];
    if (quote) {
      if (char === quote) quote = null;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') quote = char;
    else if ('{(['.includes(char)) depth++;
    else if ('})]'.includes(char)) depth--;
    else if (depth === 0 && /^RETURN\b/i.test(code.slice(i, i + 7)) && !/\w/.test(code[i - 1] ?? ' ')) returnAt = i;
  }
  if (returnAt < 0) throw new Error(`Named query ${name} has no top-level RETURN`);
  const items = splitTopLevel(code.slice(returnAt + 'RETURN'.length));
  return items.map((item) => {
    const alias = /\bAS\s+([A-Za-z_][A-Za-z0-9_]*)\s*$/i.exec(item);
    const bare = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(item);
    const column = alias?.[1] ?? bare?.[1];
    if (!column) throw new Error(`Named query ${name}: cannot name the returned column "${item.trim()}"`);
    return column;
  });
}

function splitTopLevel(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if ('{(['.includes(char)) depth++;
    else if ('})]'.includes(char)) depth--;
    else if (char === ',' && depth === 0) {
      items.push(text.slice(start, i));
      start = i + 1;
    }
  }
  items.push(text.slice(start));
  return items.map((item) => item.trim()).filter(Boolean);
}
