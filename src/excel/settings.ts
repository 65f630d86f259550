/**
 * The workbook's settings in Excel: custom document properties (`workbook.properties.custom`,
 * ExcelApi 1.7) named `Toteuma.<key>`, as the file host names them, so that a setting made in the
 * pane is what the command line reads from the saved file and the other way round.
 */

/** The custom document property that keeps a setting: `Toteuma.<key>`, as the file host names it. */
export const settingProperty = (key: string): string => `Toteuma.${key}`;

/** A loaded property's value as a setting: its text, or null when the property is not there. */
export function settingValue(property: { isNullObject: boolean; value: unknown }): string | null {
  if (property.isNullObject) return null;
  const value = property.value;
  return typeof value === "string" ? value : value === null || value === undefined ? null : String(value);
}
