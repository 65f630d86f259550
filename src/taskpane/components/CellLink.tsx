import { Link, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { a1, type CellRef } from "../../model";

const useStyles = makeStyles({
  link: { textAlign: "start", wordBreak: "break-word" },
});

/** A piece of text that selects its cell in Excel when clicked (a real button: Tab and Enter work). */
export function CellLink(props: {
  cell: CellRef;
  label: string;
  onSelect: (cell: CellRef) => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const where = `${props.cell.sheet}!${a1(props.cell)}`;
  return (
    <Link
      as="button"
      className={styles.link}
      aria-label={props.label}
      title={where}
      data-cell={where}
      onClick={() => props.onSelect(props.cell)}
    >
      {props.children}
    </Link>
  );
}
