/**
 * The pane's footer: which Toteuma this is ("Toteuma, versio 0.2.0"), so that IT and users can tell
 * which build they run. The version is package.json's, put into the build by webpack
 * (process.env.TOTEUMA_VERSION, DefinePlugin); the manifest's <Version> is the same number.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../model";
import { strings } from "../../i18n";

/** package.json's version in a webpack build; "" where nothing defined it (unit tests). */
export const BUILD_VERSION: string = process.env.TOTEUMA_VERSION ?? "";

const useStyles = makeStyles({
  footer: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
    color: tokens.colorNeutralForeground3,
  },
});

export function VersionFooter({ lang, version = BUILD_VERSION }: { lang: Language; version?: string }) {
  const styles = useStyles();
  if (version === "") return null;
  return (
    <footer className={styles.footer} data-version={version}>
      <Caption1>{strings(lang).versionLine(version)}</Caption1>
    </footer>
  );
}
