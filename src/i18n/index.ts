export * from "./strings";
