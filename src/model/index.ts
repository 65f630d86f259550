export * from "./cellref";
export * from "./grid";
export * from "./report";
export * from "./period";
export * from "./status";
export * from "./finding";
export * from "./text";
export * from "./rows";
