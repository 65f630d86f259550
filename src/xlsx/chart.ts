/**
 * Native charts as DrawingML parts: a drawing (where on the sheet) pointing at a chart part (a
 * stacked horizontal bar chart whose series and categories are formulas over the sheet's cells,
 * with cached values so that a reader shows the chart before recalculating).
 */
import type { Box, ChartSpec } from "../edits/types";
import { quoteSheet } from "./book";
import { colLetters } from "./sheet";
import { escapeAttr, escapeText } from "./xml";

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** An absolute reference to a box on a sheet: 'Name'!$A$2:$A$5. */
export function boxRef(sheet: string, b: Box): string {
  const cell = (r: number, c: number) => `$${colLetters(c)}$${r}`;
  const one = b.top === b.bottom && b.left === b.right;
  return `${quoteSheet(sheet)}!${cell(b.top, b.left)}${one ? "" : ":" + cell(b.bottom, b.right)}`;
}

/** The cells of a box in reading order (a column top-down, a row left to right). */
export function boxCells(b: Box): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let r = b.top; r <= b.bottom; r++)
    for (let c = b.left; c <= b.right; c++) out.push({ row: r, col: c });
  return out;
}

type ValueAt = (row: number, col: number) => string | number | boolean | null;

function strCache(values: (string | number | boolean | null)[]): string {
  const pts = values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${escapeText(String(v))}</c:v></c:pt>`))
    .join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: (string | number | boolean | null)[]): string {
  const pts = values
    .map((v, i) =>
      typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "",
    )
    .join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

const hex = (c: string) => c.replace(/^#/, "").toUpperCase();

/** The chart part of a stacked bar chart over cells of `sheet`. */
export function chartXml(sheet: string, spec: ChartSpec, valueAt: ValueAt): string {
  const cats = boxCells(spec.categories).map((p) => valueAt(p.row, p.col));
  const series = spec.series
    .map((s, i) => {
      const name = valueAt(s.nameCell.row, s.nameCell.col) ?? s.name;
      const vals = boxCells(s.values).map((p) => valueAt(p.row, p.col));
      const nameRef = boxRef(sheet, {
        top: s.nameCell.row,
        left: s.nameCell.col,
        bottom: s.nameCell.row,
        right: s.nameCell.col,
      });
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escapeText(nameRef)}</c:f>${strCache([name])}</c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${hex(s.color)}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></c:spPr>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeText(boxRef(sheet, spec.categories))}</c:f>${strCache(cats)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeText(boxRef(sheet, s.values))}</c:f>${numCache(vals)}</c:numRef></c:val>` +
        `</c:ser>`
      );
    })
    .join("");
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr><a:r><a:rPr lang="fi-FI" b="1"/><a:t>${escapeText(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`;
  const axis = (pos: string) =>
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${pos}"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:roundedCorners val="0"/><c:chart>${title}<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/>${axis("500000002")}<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/>${axis("500000001")}<c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The drawing part placing each chart (by its relationship id) over its anchor cells. */
export function drawingXml(charts: { spec: ChartSpec; rid: string }[]): string {
  const anchors = charts
    .map(({ spec, rid }, i) => {
      const b = spec.anchor;
      const at = (col: number, row: number) =>
        `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${at(b.left - 1, b.top - 1)}</xdr:from><xdr:to>${at(b.right, b.bottom)}</xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeAttr(spec.name)}" title="${escapeAttr(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="${rid}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">${anchors}</xdr:wsDr>`;
}
