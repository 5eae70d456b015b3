// graphql-ws publishes its ws adapter only through package.json "exports",
// which this project's module resolution ("node") does not read for types;
// Node reads them at run time. The declarations are the package's own.
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws';
}
