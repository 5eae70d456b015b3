// The domain: what the graph holds, declared once (node-labels.ts,
// relationships.ts, vocabulary.ts), and the views the rest of the code
// derives from it (model.ts, edge-facts.ts).
export * from './vocabulary';
export * from './cameo-codebook';
export * from './node-labels';
export * from './relationship-declaration';
export * from './model';
export * from './edge-facts';
