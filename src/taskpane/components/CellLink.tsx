import { Link, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { a1, type CellRef } from "../../model";

const useStyles = makeStyles({
  link: { textAlign: "start", wordBreak: "break-word" },
  // Long measure texts: three lines on screen, the whole text in the tooltip.
  clamp: {
    display: "-webkit-box",
    WebkitBoxOrient: "vertical",
    WebkitLineClamp: "3",
    overflow: "hidden",
  },
});

/** A piece of text that selects its cell in Excel when clicked (a real button: Tab and Enter work). */
export function CellLink(props: {
  cell: CellRef;
  label: string;
  onSelect: (cell: CellRef) => void;
  children: ReactNode;
  /** Clip the text to three lines; `fullText` is then shown as the tooltip. */
  clamp?: boolean;
  fullText?: string;
  disabled?: boolean;
}) {
  const styles = useStyles();
  const where = `${props.cell.sheet}!${a1(props.cell)}`;
  return (
    <Link
      as="button"
      className={styles.link}
      aria-label={props.label}
      title={props.fullText ? `${props.fullText}\n(${where})` : where}
      data-cell={where}
      disabled={props.disabled}
      onClick={() => props.onSelect(props.cell)}
    >
      {props.clamp ? <span className={styles.clamp}>{props.children}</span> : props.children}
    </Link>
  );
}
