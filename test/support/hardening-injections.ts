/**
 * Strings an attacker puts in every text argument: Cypher and SQL injection
 * shapes, parameter and template syntax, regex blow-ups, control and
 * bidirectional characters, and a long one. Queries keep values in
 * parameters, so each must come back as "not found" or plain data.
 */
export const injectionStrings: readonly string[] = [
  "' OR 1=1 --",
  '" OR ""="',
  "x' }) MATCH (n) DETACH DELETE n //",
  '"}) WITH 1 AS x MATCH (n) DETACH DELETE n RETURN x //',
  "') CALL dbms.components() YIELD name RETURN name //",
  '`; DROP CONSTRAINT x; //',
  '$id',
  '{id}',
  '${process.env}',
  '\\u0027 OR true //',
  '.*',
  '(a+)+$aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!',
  '%',
  '\u0000\u0001\u001f',
  '\u202eevil\u202c',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'a'.repeat(20_000),
];
