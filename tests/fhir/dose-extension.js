// SPDX-License-Identifier: ISC
// The published StructureDefinition of heelrx's dose extension
// (fhir/StructureDefinition-exercise-dose.json), read two ways:
//
//   - conformance(sd, extension): the extension against what the
//     StructureDefinition's differential says, read here as FHIR's
//     profiling rules say for a complex extension: the fixed url, no
//     value of its own, sub-extensions sliced by url and closed (a
//     sub-extension it does not name is an error), each slice's
//     cardinality, no extensions inside a part, exactly one value of the
//     slice's type, and its fixed or pattern value.  It reads only what
//     such a differential can say and refuses a StructureDefinition
//     that says more, so a new rule in the file cannot pass unread.
//   - snapshot(sd, extensionDefinition): the snapshot a validator that
//     needs one (Medplum's) reads, made from the differential over R4's
//     Extension, as FHIR's snapshot generation would for this shape.
//
// Plain CommonJS for Debian 12's nodejs 18.
'use strict';

const fs = require('fs');
const path = require('path');

const FILE = path.join(__dirname, '..', '..', 'fhir',
	'StructureDefinition-exercise-dose.json');

const load = () => JSON.parse(fs.readFileSync(FILE, 'utf8'));

// The JSON name of an R4 choice element with one type: value[x] with
// type positiveInt is valuePositiveInt.
const choiceName = (code) => 'value' + code[0].toUpperCase() + code.slice(1);

// The properties an element of the differential may have, by what the
// checker makes of them: anything else is refused.
const SAYS = new Set(['id', 'path', 'sliceName', 'slicing', 'short',
	'definition', 'comment', 'min', 'max', 'type', 'fixedUri']);

// A value in the JSON of an element: fixed[x] or pattern[x].
function specified(element, kind) {
	const key = Object.keys(element).find((k) => k.startsWith(kind));
	return key === undefined ? undefined : element[key];
}

// True when every value of pattern is in value (FHIR's pattern rule).
function includes(value, pattern) {
	if (pattern === null || typeof pattern !== 'object')
		return value === pattern;
	if (value === null || typeof value !== 'object')
		return false;
	return Object.keys(pattern).every((k) => includes(value[k], pattern[k]));
}

const maxOf = (m) => (m === '*' ? Infinity : Number(m));

// The differential as rules: { url, parts: { name: { min, max, types,
// fixed, pattern } }, closed, min, max }; throws on what it cannot read.
function rules(sd) {
	const r = { url: null, closed: false, min: 0, max: Infinity,
		valueMax: 1, parts: {} };
	for (const e of sd.differential.element) {
		for (const k of Object.keys(e))
			if (!SAYS.has(k) && !/^(fixed|pattern)[A-Z]/.test(k))
				throw new Error(`${e.id}: ${k} is not read by this check`);
		const m = /^Extension(?:\.extension:([A-Za-z]+))?(?:\.(.+))?$/
			.exec(e.id);
		if (m === null)
			throw new Error(`${e.id}: not an element of an extension`);
		const [, slice, child] = m;
		if (slice === undefined) {
			if (child === undefined) {
				r.min = e.min === undefined ? 0 : e.min;
			} else if (child === 'url') {
				r.url = e.fixedUri;
			} else if (child === 'value[x]') {
				r.valueMax = maxOf(e.max);
			} else if (child === 'extension') {
				if (!e.slicing || e.slicing.discriminator.length !== 1 ||
					e.slicing.discriminator[0].type !== 'value' ||
					e.slicing.discriminator[0].path !== 'url')
					throw new Error(`${e.id}: not sliced by url`);
				r.closed = e.slicing.rules === 'closed';
				r.partsMin = e.min === undefined ? 0 : e.min;
				r.partsMax = e.max === undefined ? Infinity : maxOf(e.max);
			} else {
				throw new Error(`${e.id}: not read by this check`);
			}
			continue;
		}
		const part = r.parts[slice] || (r.parts[slice] = { name: slice,
			min: 0, max: Infinity, url: null, types: null,
			extensionMax: Infinity });
		if (child === undefined) {
			if (e.sliceName !== slice)
				throw new Error(`${e.id}: sliceName ${e.sliceName}`);
			part.min = e.min === undefined ? 0 : e.min;
			part.max = e.max === undefined ? Infinity : maxOf(e.max);
		} else if (child === 'url') {
			part.url = e.fixedUri;
		} else if (child === 'extension') {
			part.extensionMax = maxOf(e.max);
		} else if (child === 'value[x]') {
			part.valueMin = e.min === undefined ? 0 : e.min;
			part.types = (e.type || []).map((t) => t.code);
			part.fixed = specified(e, 'fixed');
			part.pattern = specified(e, 'pattern');
		} else {
			throw new Error(`${e.id}: not read by this check`);
		}
	}
	for (const part of Object.values(r.parts))
		if (part.url !== part.name || part.types === null ||
			part.types.length === 0)
			throw new Error(`slice ${part.name}: needs its url fixed to ` +
				'its name and the types of its value');
	if (r.url !== sd.url)
		throw new Error(`Extension.url is not fixed to ${sd.url}`);
	return r;
}

// What is wrong with extension (one instance, parsed JSON) by sd's
// differential: a list of messages, empty when it conforms.
function conformance(sd, extension) {
	const r = rules(sd);
	const out = [];
	if (extension.url !== r.url)
		out.push(`url ${JSON.stringify(extension.url)}, not ${r.url}`);
	const own = Object.keys(extension).filter((k) => k.startsWith('value'));
	if (own.length > r.valueMax)
		out.push(`has a value of its own (${own.join(', ')})`);
	for (const k of Object.keys(extension))
		if (k !== 'url' && k !== 'extension' && k !== 'id' &&
			!k.startsWith('value'))
			out.push(`an element Extension does not have: ${k}`);
	const parts = Array.isArray(extension.extension) ?
		extension.extension : [];
	if (parts.length < r.partsMin || parts.length > r.partsMax)
		out.push(`${parts.length} parts, not ${r.partsMin} to ${r.partsMax}`);
	const counts = {};
	for (const p of parts) {
		const part = Object.values(r.parts).find((s) => s.url === p.url);
		if (part === undefined) {
			if (r.closed)
				out.push(`a part the definition does not name: ` +
					JSON.stringify(p.url));
			continue;
		}
		counts[part.name] = (counts[part.name] || 0) + 1;
		const values = Object.keys(p).filter((k) => k.startsWith('value'));
		const allowed = part.types.map(choiceName);
		if (values.length !== 1 || allowed.indexOf(values[0]) < 0)
			out.push(`${part.name}: ${values.join(', ') || 'no value'}, ` +
				`not one of ${allowed.join(', ')}`);
		else if (part.fixed !== undefined &&
			JSON.stringify(p[values[0]]) !== JSON.stringify(part.fixed))
			out.push(`${part.name}: not the fixed value ` +
				JSON.stringify(part.fixed));
		else if (part.pattern !== undefined &&
			!includes(p[values[0]], part.pattern))
			out.push(`${part.name}: does not match the pattern ` +
				JSON.stringify(part.pattern));
		const inner = Array.isArray(p.extension) ? p.extension.length : 0;
		if (inner > part.extensionMax)
			out.push(`${part.name}: ${inner} extensions inside`);
	}
	for (const part of Object.values(r.parts)) {
		const n = counts[part.name] || 0;
		if (n < part.min || n > part.max)
			out.push(`${part.name}: ${n} times, not ${part.min} to ` +
				`${Number.isFinite(part.max) ? part.max : '*'}`);
	}
	return out;
}

// Every extension with sd's url in a Bundle, wherever it is.
function find(value, url, found = []) {
	if (Array.isArray(value)) {
		for (const v of value)
			find(v, url, found);
	} else if (value !== null && typeof value === 'object') {
		if (value.url === url && (Array.isArray(value.extension) ||
			Object.keys(value).some((k) => k.startsWith('value'))))
			found.push(value);
		for (const v of Object.values(value))
			find(v, url, found);
	}
	return found;
}

// What is wrong with where bundle's extensions with sd's url are: each
// must be on a resource of a type the definition's context names (R4:
// context of type "element" by a resource type's name), as often as its
// root element's cardinality allows.
function placement(sd, bundle) {
	const types = (sd.context || []).filter((c) => c.type === 'element')
		.map((c) => c.expression);
	const root = sd.differential.element.find((e) => e.id === 'Extension');
	const max = maxOf(root.max === undefined ? '*' : root.max);
	const out = [];
	const walk = (value, where, owner) => {
		if (Array.isArray(value)) {
			value.forEach((v, i) => walk(v, `${where}[${i}]`, owner));
			return;
		}
		if (value === null || typeof value !== 'object')
			return;
		const here = value.resourceType !== undefined ? value.resourceType :
			null;
		const mine = (Array.isArray(value.extension) ? value.extension : [])
			.filter((e) => e && e.url === sd.url).length;
		if (mine > 0 && (here === null || types.indexOf(here) < 0))
			out.push(`${where}: the extension is on ` +
				`${here === null ? `an element of ${owner}` : here}, not on ` +
				types.join(' or '));
		if (mine > max)
			out.push(`${where}: the extension ${mine} times, at most ${max}`);
		for (const [k, v] of Object.entries(value))
			walk(v, `${where}.${k}`, here === null ? owner : here);
	};
	walk(bundle, 'Bundle', 'Bundle');
	return out;
}

// The element of R4's Extension (the StructureDefinition extension)
// for a path below Extension, copied under base's path and id.
function rebased(element, path, id, diff) {
	const copy = JSON.parse(JSON.stringify(element));
	copy.id = id;
	copy.path = path;
	if (diff !== undefined)
		for (const [k, v] of Object.entries(diff))
			if (k !== 'id' && k !== 'path')
				copy[k] = v;
	return copy;
}

// sd with a snapshot: R4's Extension with the differential applied,
// each slice after the element it slices with its children below it.
function snapshot(sd, extension) {
	const diff = Object.fromEntries(sd.differential.element
		.map((e) => [e.id, e]));
	const base = extension.snapshot.element;
	const element = [];
	for (const b of base) {
		element.push(rebased(b, b.path, b.id, diff[b.id]));
		if (b.id !== 'Extension.extension')
			continue;
		for (const e of sd.differential.element) {
			if (e.sliceName === undefined)
				continue;
			const slice = rebased(b, b.path, e.id, e);
			delete slice.slicing;
			element.push(slice);
			for (const c of base.slice(1)) {
				const tail = c.id.slice('Extension'.length);
				const id = `${e.id}${tail}`;
				const child = rebased(c, `Extension.extension${tail}`, id,
					diff[id]);
				delete child.slicing;
				element.push(child);
			}
		}
	}
	return Object.assign({}, sd, { snapshot: { element } });
}

module.exports = { FILE, load, conformance, placement, find, snapshot,
	rules };
