// A notebook is parsed as one program (its code cells in order); an editor shows one cell at a
// time, as a document of its own. This is what one cell sees of the notebook's parse.
import type { LayerCall, ParsedFile, SourceRange } from '../../pipeline/model';

/** The notebook's pipelines as one cell sees them: what lies in that cell, with cell-local lines. */
export function cellView(parsed: ParsedFile, index: number): ParsedFile {
  const inCell = (r: SourceRange | undefined) => r !== undefined && r.cell === index;
  const local = (r: SourceRange): SourceRange => ({ start: r.start, end: r.end });
  const localLayer = (l: LayerCall): LayerCall => ({ ...l, range: local(l.range) });
  return {
    ...parsed,
    pipelines: parsed.pipelines
      .filter((p) => inCell(p.range) || p.layers.some((l) => inCell(l.range)))
      .map((p) => ({
        ...p,
        range: inCell(p.range) ? local(p.range) : local(p.layers.find((l) => inCell(l.range))!.range),
        layers: p.layers.filter((l) => inCell(l.range)).map(localLayer),
        otherLayers: p.otherLayers.filter((l) => inCell(l.range)).map(localLayer),
      })),
    diagnostics: parsed.diagnostics.filter((d) => inCell(d.range)).map((d) => ({ ...d, range: local(d.range!) })),
  };
}
