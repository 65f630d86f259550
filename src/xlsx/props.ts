/**
 * Custom document properties (docProps/custom.xml): named strings a workbook carries, so that it can
 * remember settings (the status scale profile, a department list). Excel shows them under File →
 * Info → Properties → Advanced → Custom, and Office.js reads them as `workbook.properties.custom`.
 */
import { CONTENT_TYPE, REL, type XlsxPackage } from "./package";
import {
  attrs,
  children,
  escapeAttr,
  escapeText,
  findElement,
  textOfRuns,
  unescapeXml,
  type Element,
} from "./xml";

const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
const EMPTY = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>`;

function partOf(pkg: XlsxPackage): string | null {
  const rel = pkg.rels("").find((r) => r.type === REL.customProperties && r.part && pkg.has(r.part));
  return rel?.part ? pkg.find(rel.part) : null;
}

function properties(xml: string): { name: string; pid: number; el: Element }[] {
  const root = findElement(xml, "Properties");
  if (!root) return [];
  return children(xml, root, "property").map((el) => {
    const a = attrs(xml.slice(el.open.start, el.open.end));
    return { name: a.name ?? "", pid: Number(a.pid ?? 0), el };
  });
}

/** The value of a custom property as text (any type), or null when the workbook has none by that name. */
export function getCustomProperty(pkg: XlsxPackage, name: string): string | null {
  const part = partOf(pkg);
  if (!part) return null;
  const xml = pkg.text(part);
  const p = properties(xml).find((x) => x.name.toLowerCase() === name.toLowerCase());
  if (!p) return null;
  const inner = xml.slice(p.el.inner, p.el.innerEnd);
  return /<(\w+:)?t\b/.test(inner) ? textOfRuns(inner) : unescapeXml(inner.replace(/<[^>]*>/g, ""));
}

/** Every custom property by name, each value as text, in the order the workbook keeps them. */
export function customProperties(pkg: XlsxPackage): [name: string, value: string][] {
  const part = partOf(pkg);
  if (!part) return [];
  return properties(pkg.text(part)).map((p) => [p.name, getCustomProperty(pkg, p.name) ?? ""]);
}

/** Sets a custom property to a string (replacing one of the same name), or removes it (null). */
export function setCustomProperty(pkg: XlsxPackage, name: string, value: string | null): void {
  let part = partOf(pkg);
  if (!part) {
    if (value === null) return;
    part = "docProps/custom.xml";
    pkg.setText(part, EMPTY);
    pkg.setContentType(part, CONTENT_TYPE.customProperties);
    pkg.addRel("", REL.customProperties, part);
  }
  let xml = pkg.text(part);
  const props = properties(xml);
  const old = props.find((x) => x.name.toLowerCase() === name.toLowerCase());
  const pid = old?.pid ?? Math.max(1, ...props.map((x) => x.pid)) + 1;
  const el =
    value === null
      ? ""
      : `<property fmtid="${FMTID}" pid="${pid}" name="${escapeAttr(name)}"><vt:lpwstr>${escapeText(value)}</vt:lpwstr></property>`;
  if (old) xml = xml.slice(0, old.el.open.start) + el + xml.slice(old.el.end);
  else {
    const root = findElement(xml, "Properties") as Element;
    xml =
      root.open.kind === "empty"
        ? xml.slice(0, root.open.start) +
          xml.slice(root.open.start, root.open.end).replace(/\s*\/>$/, ">") +
          el +
          "</Properties>" +
          xml.slice(root.end)
        : xml.slice(0, root.innerEnd) + el + xml.slice(root.innerEnd);
  }
  pkg.setText(part, xml);
}
