/**
 * jest's jsdom environment has no TextEncoder/TextDecoder (browsers and Node do): the pane's tests
 * load workbooks through the product's own file edge, which needs them.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";

const g = globalThis as { TextEncoder?: unknown; TextDecoder?: unknown };
g.TextEncoder ??= NodeTextEncoder;
g.TextDecoder ??= NodeTextDecoder;
