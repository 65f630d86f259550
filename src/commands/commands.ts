/**
 * src/commands: the ribbon's function file (manifest FunctionFile → commands.html). Toteuma's three
 * buttons all open the task pane on a view (ShowTaskpane with taskpane.html, ?view=validate,
 * ?view=status), so that a check's results are where they can be clicked; no button runs a function
 * without the pane (ExecuteFunction), so there is nothing to register here.
 *
 * The page stays because the manifest names it as the FunctionFile, and Office's rule for that page is
 * that its JavaScript initialises Office.js — hence the bare Office.onReady below. A command without the
 * pane would be registered here (Office.actions.associate, calling event.completed()).
 */
if (typeof Office !== "undefined") void Office.onReady();
