/**
 * The ribbon's function file (manifest FunctionFile → commands.html). Toteuma's three buttons open
 * the task pane on a view (ShowTaskpane with taskpane.html, ?view=validate, ?view=status), so that
 * "Tarkista raportti" shows and runs the check in one click with its results where they can be
 * clicked. Commands that run without the pane (ExecuteFunction) are registered here by name.
 */

/** ExecuteFunction handlers by the FunctionName the manifest uses. None yet: every button opens the pane. */
export const COMMANDS: Record<string, (event: Office.AddinCommands.Event) => void | Promise<void>> = {};

/** Registers every handler with Office; an ExecuteFunction must always call event.completed(). */
export function registerCommands(office: typeof Office): void {
  for (const [name, handler] of Object.entries(COMMANDS)) {
    office.actions.associate(name, async (event: Office.AddinCommands.Event) => {
      try {
        await handler(event);
      } finally {
        event.completed();
      }
    });
  }
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => registerCommands(Office));
}
