#!/usr/bin/env node
// check-fhir-invariants.js ENGINE_DIR INVARIANTS_JSON BUNDLE_JSON
// Evaluates the FHIR R4 invariants (r4-invariants.json) on a Bundle and on each of its resources
// with fhirpath.js and its R4 model, installed by check-fhir-invariants.sh into ENGINE_DIR. Prints
// one line per failed check ("$.entry[3].resource: obs-6 (error): ...") and a summary; exits 1 when
// a check fails, 2 when the check itself cannot run.
'use strict';
const fs = require('fs');
const path = require('path');

if (process.argv.length !== 5) {
  console.error('usage: check-fhir-invariants.js ENGINE_DIR INVARIANTS_JSON BUNDLE_JSON');
  process.exit(2);
}
const [engineDir, invariantsFile, bundleFile] = process.argv.slice(2);
const fhirpath = require(path.join(engineDir, 'node_modules', 'fhirpath'));
const r4 = require(path.join(engineDir, 'node_modules', 'fhirpath', 'fhir-context', 'r4'));

// htmlChecks() (txt-1, txt-2), which fhirpath.js leaves unimplemented: the narrative is one XHTML
// div in the XHTML namespace, uses only the elements and attributes R4 allows (no scripts, forms,
// event handlers or external content), and has some text that is not whitespace.
const allowedElements = new Set(['a', 'abbr', 'acronym', 'b', 'big', 'blockquote', 'br', 'caption', 'cite', 'code',
  'col', 'colgroup', 'dd', 'dfn', 'div', 'dl', 'dt', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'li',
  'ol', 'p', 'pre', 'q', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'tt', 'ul', 'var']);
const allowedAttributes = new Set(['xmlns', 'title', 'style', 'class', 'id', 'lang', 'xml:lang', 'dir', 'accesskey',
  'tabindex', 'colspan', 'rowspan', 'span', 'align', 'valign', 'width', 'summary', 'border', 'cellpadding',
  'cellspacing', 'frame', 'rules', 'href', 'name', 'src', 'alt', 'height', 'start', 'type', 'value', 'cite']);

function htmlOk(xhtml) {
  if (typeof xhtml !== 'string') return false;
  if (!/^<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"[\s>]/.test(xhtml) || !/<\/div>\s*$/.test(xhtml)) return false;
  const tag = /<\/?([A-Za-z][A-Za-z0-9:]*)((?:\s+[A-Za-z:][\w:.-]*\s*=\s*"[^"]*")*)\s*\/?>/g;
  let text = xhtml;
  for (let m = tag.exec(xhtml); m; m = tag.exec(xhtml)) {
    if (!allowedElements.has(m[1].toLowerCase())) return false;
    for (const a of m[2].matchAll(/([A-Za-z:][\w:.-]*)\s*=\s*"([^"]*)"/g)) {
      if (!allowedAttributes.has(a[1].toLowerCase())) return false;
      if (/^\s*javascript:/i.test(a[2])) return false;
    }
    text = text.replace(m[0], ' ');
  }
  if (/[<>]/.test(text)) return false; // a tag this check did not recognise
  return text.replace(/&nbsp;|&#160;/g, ' ').trim().length > 0;
}

const options = {
  traceFn: () => {}, // dom-3 and ref-1 trace their values; the report is enough
  userInvocationTable: {
    htmlChecks: {
      fn: (inputs) => inputs.map((node) => htmlOk(node && node.data !== undefined ? node.data : node)),
      arity: { 0: [] },
    },
  },
};

const invariants = JSON.parse(fs.readFileSync(invariantsFile, 'utf8')).invariants;
const bundle = JSON.parse(fs.readFileSync(bundleFile, 'utf8'));
const targets = [{ where: '$', resource: bundle }].concat(
  (bundle.entry || []).map((entry, i) => ({ where: `$.entry[${i}].resource`, resource: entry.resource })));

let checks = 0;
let failures = 0;
const exercised = new Set();
for (const target of targets) {
  const type = target.resource.resourceType;
  for (const invariant of invariants) {
    if (!invariant.types.includes(type)) continue;
    const env = { resource: target.resource, rootResource: target.resource };
    let passed;
    try {
      if (invariant.path) {
        const nodes = fhirpath.evaluate(target.resource, `(${invariant.path}).count()`, env, r4, options)[0];
        if (nodes > 0) exercised.add(invariant.key);
      } else {
        exercised.add(invariant.key);
      }
      const expression = invariant.path ? `(${invariant.path}).all(${invariant.expression})` : invariant.expression;
      const result = fhirpath.evaluate(target.resource, expression, env, r4, options);
      passed = result.length === 1 && result[0] === true;
    } catch (error) {
      console.error(`${target.where}: ${invariant.key}: the engine failed: ${error.message}`);
      process.exit(2);
    }
    ++checks;
    if (!passed) {
      ++failures;
      console.log(`${target.where}: ${invariant.key} (${invariant.severity}): ${invariant.human}`);
    }
  }
}
const idle = invariants.map((i) => i.key).filter((key) => !exercised.has(key));
console.log(`${bundleFile}: ${checks} invariant checks on ${targets.length} resources, ${failures} failed` +
  (idle.length ? ` (no element to check for: ${idle.join(', ')})` : ''));
process.exit(failures === 0 ? 0 : 1);
