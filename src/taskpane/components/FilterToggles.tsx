/**
 * "Näytä vain …": toggle buttons that show one kind of item only (a status in Tila, a severity in
 * Tarkistus), and while one is on, how many are shown with a button to show all again. Each option's
 * label is text (a status label or severity name): colour never carries the meaning alone.
 */
import { Button, Caption1, makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import type { ReactElement, ReactNode } from "react";

const useStyles = makeStyles({
  group: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  button: {
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  showing: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
  },
});

export interface FilterOption<K extends string> {
  key: K;
  /** What the button shows (a status chip, or the severity's name and count). */
  content: ReactNode;
  /** Accessible name and tooltip: "Näytä vain: Ei toteutunut (5)". */
  name: string;
  icon?: ReactElement;
}

export function FilterToggles<K extends string>(props: {
  options: FilterOption<K>[];
  selected: K | null;
  onSelect: (key: K | null) => void;
  /** Accessible name of the group ("Suodata tilan mukaan"). */
  label: string;
  /** "Näytetään 5 / 25 mittaria", shown while a filter is on. */
  showing: string;
  showAll: string;
  disabled?: boolean;
}) {
  const styles = useStyles();
  const { selected, onSelect } = props;
  return (
    <>
      <div className={styles.group} role="group" aria-label={props.label}>
        {props.options.map((o) => (
          <ToggleButton
            key={o.key}
            size="small"
            appearance="subtle"
            className={styles.button}
            checked={selected === o.key}
            icon={o.icon}
            aria-label={o.name}
            title={o.name}
            data-filter={o.key}
            disabled={props.disabled}
            onClick={() => onSelect(selected === o.key ? null : o.key)}
          >
            {o.content}
          </ToggleButton>
        ))}
      </div>
      {selected !== null && (
        <div className={styles.showing} aria-live="polite">
          <Caption1 data-showing="">{props.showing}</Caption1>
          <Button size="small" icon={<Dismiss16Regular />} onClick={() => onSelect(null)}>
            {props.showAll}
          </Button>
        </div>
      )}
    </>
  );
}
