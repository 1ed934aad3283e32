/* SPDX-License-Identifier: ISC */
/*
 * render_fhir.c: the plan as one HL7 FHIR R4 Bundle, for health records.
 *
 * The Bundle holds a CarePlan (the plan: headline, rationale and the
 * plan-wide advice), one ServiceRequest per exercise and working leg
 * (what to do, with which leg, how often, in the handout's words), and
 * a Patient and a Practitioner when the plan names them (by name or
 * identifier; a reference to the server's own resource replaces one).
 * The words are the handout's (handout_record): this file lays them
 * into the elements that carry text, and decides nothing they say.
 * Nothing is invented: no identifiers but those given, no name parts,
 * no profile claims.  Where R4 requires a subject and the plan names no
 * patient, the reference says why it is empty (the data-absent-reason
 * extension).  README.md
 * maps every element.
 *
 * Like render_json.c, the document is a jansson value tree: the library
 * escapes every string and keeps the keys in the order they are set,
 * which is the order of the elements in the R4 specification.  The
 * fullUrls are UUIDs derived from what identifies the plan, so the same
 * inputs give the same bytes.
 */
#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buffer.h"
#include "escape_html.h"
#include "escape_markdown.h"
#include "handout.h"
#include "hash.h"
#include "i18n.h"
#include "json_build.h"
#include "render.h"
#include "render_plain.h"

/* Code systems and the concepts the Bundle uses, with their displays. */
#define SNOMED		 "http://snomed.info/sct"
#define UCUM		 "http://unitsofmeasure.org"
#define EXERCISE_THERAPY "229065009", "Exercise therapy"
#define PATIENT_ROLE	 "116154003", "Patient"
/* The finding the plan treats; the heel's side is in the text and in
 * bodySite (README.md cites the code's source). */
#define HEEL_PAIN "2733002", "Heel pain"
static const char *const lower_limb[SIDE_COUNT][2] = {
	{"32153003", "Structure of left lower limb"},
	{"62175007", "Structure of right lower limb"},
};
/* The categories of the Physical Activity IG's PACarePlan, which takes
 * US Core's "assess-plan" and adds its own. */
#define US_CORE_CAREPLAN                                                       \
	"http://hl7.org/fhir/us/core/CodeSystem/careplan-category"
#define ASSESS_PLAN "assess-plan", "Assessment and Plan of Treatment"
#define PA_CODES                                                               \
	"http://hl7.org/fhir/us/physical-activity/CodeSystem/"                 \
	"pa-temporary-codes"
#define PHYSICAL_ACTIVITY "PhysicalActivity", "Physical Activity"
#define DATA_ABSENT_REASON                                                     \
	"http://hl7.org/fhir/StructureDefinition/data-absent-reason"

/*
 * The extension that carries an exercise's dose, which R4 has no
 * element for: its one URL.  fhir/StructureDefinition-exercise-dose.json
 * defines it (tests/fhir-dose-sd keeps the two in step).  The host can
 * never resolve (RFC 2606): the project has no domain yet, so the URL
 * is provisional, as docs/formats.md tells consumers.
 */
#define DOSE_EXTENSION                                                         \
	"https://heelrx.invalid/fhir/StructureDefinition/exercise-dose"

/* What made every resource: meta.source, a URI of heelrx's version. */
#define GENERATOR "urn:heelrx:" HEELRX_VERSION

/* R4's day-of-week codes, Monday first like enum weekday. */
static const char *const day_codes[WEEKDAY_COUNT] = {"mon", "tue", "wed", "thu",
						     "fri", "sat", "sun"};

/*
 * The length of the Unicode space that starts s, one that FHIR's
 * string pattern (R4's "[ \r\n\t\S]+", a JavaScript regular
 * expression) does not accept, or 0: the no-break space that French,
 * German or Spanish put before a unit, U+1680, U+2000 to U+200A,
 * U+202F, U+205F, U+3000 and U+FEFF.
 */
static size_t
odd_space_length(const unsigned char *s)
{
	if (s[0] == 0xc2 && s[1] == 0xa0)
		return 2;
	if ((s[0] == 0xe1 && s[1] == 0x9a && s[2] == 0x80) ||
	    (s[0] == 0xe2 && s[1] == 0x80 &&
	     ((s[2] >= 0x80 && s[2] <= 0x8a) || s[2] == 0xaf)) ||
	    (s[0] == 0xe2 && s[1] == 0x81 && s[2] == 0x9f) ||
	    (s[0] == 0xe3 && s[1] == 0x80 && s[2] == 0x80) ||
	    (s[0] == 0xef && s[1] == 0xbb && s[2] == 0xbf))
		return 3;
	return 0;
}

/*
 * A catalog's or a name's text as a FHIR string: each space FHIR
 * refuses becomes a plain one (U+FEFF, which has no width, goes), so a
 * clinic's typography never makes the Bundle invalid.
 */
static json_t *
text_value(const char *text)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i, k, n = 0;
	json_t *value;
	char *copy;

	for (i = 0; s[i] != '\0'; i++)
		if (s[i] >= 0xc2 && odd_space_length(s + i) > 0)
			break;
	if (s[i] == '\0')
		return json_string(text);
	if ((copy = malloc(strlen(text) + 1)) == NULL)
		return NULL;
	for (i = 0; s[i] != '\0';) {
		if (s[i] >= 0xc2 && (k = odd_space_length(s + i)) > 0) {
			if (s[i] != 0xef)
				copy[n++] = ' ';
			i += k;
		} else {
			copy[n++] = (char)s[i++];
		}
	}
	copy[n] = '\0';
	value = json_string(copy);
	free(copy);
	return value;
}

/* A text that the tree takes over; NULL in, NULL out. */
static json_t *
owned_string(char *s)
{
	json_t *value = s != NULL ? text_value(s) : NULL;

	free(s);
	return value;
}

/* ---- identity ---------------------------------------------------------- */

/*
 * 128 bits from two FNV-1a hashes of the same fields, the second
 * started from a different value, so that the halves differ.
 */
struct uuid_hash {
	uint64_t hi, lo;
};

static void
uuid_field(struct uuid_hash *h, const char *s)
{
	h->hi = hash_field(h->hi, s);
	h->lo = hash_field(h->lo, s);
}

/*
 * What the clinician tailored, which makes another plan: each dose
 * set, the exercises left out, the notes and the review.  An untailored
 * plan adds nothing, so that its UUIDs stay those it always had.
 */
static void
tailoring_hash(struct uuid_hash *h, const struct plan *plan)
{
	char buf[32];
	size_t i;

	for (i = 0; i < plan->exercise_count; i++) {
		const struct plan_exercise *pe = &plan->exercises[i];

		if (!pe->is_dose_tailored)
			continue;
		snprintf(buf, sizeof buf, "%ux%u", pe->dose.sets,
			 pe->dose.reps);
		uuid_field(h, pe->exercise->id);
		uuid_field(h, buf);
	}
	for (i = 0; i < plan->omitted_count; i++)
		uuid_field(h, plan->omitted[i]);
	for (i = 0; i < plan->note_count; i++)
		uuid_field(h, plan->notes[i]);
	if (plan->has_review) {
		json_build_iso_date(&plan->review, buf, sizeof buf);
		uuid_field(h, buf);
	}
}

/*
 * What makes two plans the same plan: the catalog's title, the painful
 * side, the names, the date, the start, weeks and band asked for, and
 * the tailoring.
 */
static struct uuid_hash
plan_hash(const struct plan *plan, const struct render_fhir_options *options)
{
	static const char *const pains[] = {"", "left", "right", "both"};
	struct uuid_hash h = {HASH_START,
			      hash_field(HASH_START, "heelrx fhir uuid")};
	char buf[16];

	uuid_field(&h, plan->title);
	uuid_field(&h, pains[plan->pain]);
	uuid_field(&h, plan->patient != NULL ? plan->patient : "");
	uuid_field(&h, plan->clinician != NULL ? plan->clinician : "");
	json_build_iso_date(&plan->date, buf, sizeof buf);
	uuid_field(&h, buf);
	if (plan->has_start)
		json_build_iso_date(&plan->start, buf, sizeof buf);
	else
		buf[0] = '\0';
	uuid_field(&h, buf);
	if (options->has_weeks)
		snprintf(buf, sizeof buf, "%u", plan->weeks);
	else
		buf[0] = '\0';
	uuid_field(&h, buf);
	uuid_field(&h, plan->band != NULL ? plan->band : "");
	/* Only when given, so that plans without them keep their UUIDs. */
	if (options->patient.identifier != NULL)
		uuid_field(&h, options->patient.identifier);
	if (options->clinician.identifier != NULL)
		uuid_field(&h, options->clinician.identifier);
	/* The tailoring adds nothing to a plan without it. */
	tailoring_hash(&h, plan);
	return h;
}

/*
 * "urn:uuid:..." for the resource that role (and, for a request, the
 * exercise id and the leg) names within the plan: an RFC 9562 UUIDv8,
 * its version and variant bits set, the other 122 from the hash.
 */
static void
uuid_urn(struct uuid_hash h, const char *role, const char *exercise,
	 const char *side, char *buf, size_t size)
{
	uuid_field(&h, role);
	uuid_field(&h, exercise != NULL ? exercise : "");
	uuid_field(&h, side != NULL ? side : "");
	h.hi = (h.hi & ~UINT64_C(0xf000)) | UINT64_C(0x8000);
	h.lo = (h.lo & ~(UINT64_C(3) << 62)) | (UINT64_C(2) << 62);
	snprintf(buf, size,
		 "urn:uuid:%08" PRIx64 "-%04" PRIx64 "-%04" PRIx64 "-%04" PRIx64
		 "-%012" PRIx64,
		 h.hi >> 32, (h.hi >> 16) & 0xffff, h.hi & 0xffff, h.lo >> 48,
		 h.lo & UINT64_C(0xffffffffffff));
}

enum { URN_SIZE = 48 };

/* What the resources need to point at each other. */
struct bundle {
	const struct plan *plan;
	const struct handout *handout; /* handout_record's */
	const struct render_fhir_options *options;
	struct uuid_hash hash;
	char care_plan[URN_SIZE];
	char patient[URN_SIZE];	  /* when the plan has a patient */
	char clinician[URN_SIZE]; /* when the plan has a clinician */
};

/* ---- data types -------------------------------------------------------- */

static json_t *
coding(const char *system, const char *code, const char *display)
{
	json_t *o = json_object();

	return json_build_finish(
		o, json_build_set(o, "system", json_string(system)) &&
			   json_build_set(o, "code", json_string(code)) &&
			   json_build_set(o, "display", json_string(display)));
}

/* A CodeableConcept of one coding, with text when it is not NULL. */
static json_t *
codeable(const char *system, const char *code, const char *display,
	 const char *text)
{
	json_t *o = json_object();

	return json_build_finish(
		o,
		json_build_set(o, "coding",
			       json_build_one(coding(system, code, display))) &&
			(text == NULL ||
			 json_build_set(o, "text", text_value(text))));
}

static json_t *
text_concept(const char *text)
{
	json_t *o = json_object();

	return json_build_finish(o,
				 json_build_set(o, "text", text_value(text)));
}

/* A reference to the resource at urn; display may be NULL. */
static json_t *
reference(const char *urn, const char *type, const char *display)
{
	json_t *o = json_object();

	return json_build_finish(
		o, json_build_set(o, "reference", json_string(urn)) &&
			   json_build_set(o, "type", json_string(type)) &&
			   (display == NULL ||
			    json_build_set(o, "display", text_value(display))));
}

/*
 * Starts resource o of type: resourceType, then the elements every
 * resource of the Bundle has, in R4's order: meta.source (heelrx and
 * its version) and language (the handout's, from --lang).
 */
static bool
set_head(const struct bundle *b, json_t *o, const char *type)
{
	json_t *meta = json_object();
	bool ok;

	ok = json_build_set(o, "resourceType", json_string(type)) &&
	     json_build_set(o, "meta", json_incref(meta)) &&
	     json_build_set(meta, "source", json_string(GENERATOR)) &&
	     json_build_set(o, "language", json_string(b->handout->language));
	json_decref(meta);
	return ok;
}

/* The person's name as the plan has it (may be NULL), how the record
 * knows them, and the urn of their resource in this Bundle. */
struct person {
	const char *type; /* "Patient" or "Practitioner" */
	const char *name;
	const struct person_key *key;
	const char *urn;
};

static struct person
patient_of(const struct bundle *b)
{
	return (struct person){"Patient", b->plan->patient,
			       &b->options->patient, b->patient};
}

static struct person
clinician_of(const struct bundle *b)
{
	return (struct person){"Practitioner", b->plan->clinician,
			       &b->options->clinician, b->clinician};
}

/* Whether the plan names the person at all. */
static bool
is_named(struct person p)
{
	return p.name != NULL || p.key->identifier != NULL ||
	       p.key->reference != NULL;
}

/* Whether the Bundle holds the person's resource: a reference points at
 * one the server has instead. */
static bool
is_in_bundle(struct person p)
{
	return is_named(p) && p.key->reference == NULL;
}

/* A reference to the person: to the server's resource, else to the
 * Bundle's; the name, when there is one, as its display. */
static json_t *
person_reference(struct person p)
{
	return reference(p.key->reference != NULL ? p.key->reference : p.urn,
			 p.type, p.name);
}

/*
 * The plan's subject: its Patient, or, when the plan names no patient,
 * a reference that says the patient is not known.  R4 requires a
 * subject on CarePlan and ServiceRequest, and a Patient resource with
 * nothing in it would invent a person.
 */
static json_t *
subject(const struct bundle *b)
{
	json_t *o, *absent;
	bool ok;

	if (is_named(patient_of(b)))
		return person_reference(patient_of(b));
	o = json_object();
	absent = json_object();
	ok = json_build_set(o, "extension",
			    json_build_one(json_incref(absent))) &&
	     json_build_set(absent, "url", json_string(DATA_ABSENT_REASON)) &&
	     json_build_set(absent, "valueCode", json_string("unknown"));
	json_decref(absent);
	return json_build_finish(o, ok);
}

static json_t *
seconds(unsigned n)
{
	json_t *o = json_object();

	return json_build_finish(
		o, json_build_set(o, "value", json_build_count(n)) &&
			   json_build_set(o, "unit", json_string("s")) &&
			   json_build_set(o, "system", json_string(UCUM)) &&
			   json_build_set(o, "code", json_string("s")));
}

/* One part of the dose extension. */
static json_t *
dose_part(const char *url, const char *type, json_t *value)
{
	json_t *o = json_object();

	/* value is freed with o on every path. */
	if (!json_build_set(o, "url", json_string(url))) {
		json_decref(value);
		return json_build_finish(o, false);
	}
	return json_build_finish(o, json_build_set(o, type, value));
}

static json_t *
rest_range(const struct dose *d)
{
	json_t *o = json_object();

	return json_build_finish(
		o, json_build_set(o, "low", seconds(d->rest_min_seconds)) &&
			   json_build_set(o, "high",
					  seconds(d->rest_max_seconds)));
}

/* The dose; is_tailored when the clinician set it rather than the
 * catalog. */
static json_t *
dose_extension(const struct dose *d, bool is_tailored)
{
	json_t *o = json_object(), *parts = json_array();
	bool ok;

	ok = json_build_set(o, "url", json_string(DOSE_EXTENSION)) &&
	     json_build_set(o, "extension", json_incref(parts)) &&
	     json_build_append(parts, dose_part("sets", "valuePositiveInt",
						json_build_count(d->sets))) &&
	     json_build_append(parts, dose_part("reps", "valuePositiveInt",
						json_build_count(d->reps))) &&
	     json_build_append(parts, dose_part("restSeconds", "valueRange",
						rest_range(d))) &&
	     (d->hold_seconds == 0 ||
	      json_build_append(parts, dose_part("holdSeconds", "valueQuantity",
						 seconds(d->hold_seconds)))) &&
	     (!is_tailored ||
	      json_build_append(parts, dose_part("tailored", "valueBoolean",
						 json_true())));
	json_decref(parts);
	return json_build_finish(o, ok);
}

/* The period the sessions cover: from the start, to the last session
 * when the plan ends after the weeks asked for. */
static json_t *
period(const struct bundle *b)
{
	const struct plan *plan = b->plan;
	json_t *o = json_object();

	return json_build_finish(
		o,
		json_build_set(o, "start", json_build_date(&plan->start)) &&
			(plan->session_count == 0 ||
			 json_build_set(
				 o, "end",
				 json_build_date(
					 &plan->sessions[plan->session_count -
							 1]
						  .date))));
}

/* The weekdays of the first week's sessions, Monday first; every week
 * repeats them. */
static json_t *
days_of_week(const struct plan *plan)
{
	bool is_day[WEEKDAY_COUNT] = {false};
	json_t *array = json_array();
	size_t i;

	for (i = 0; i < plan->session_count && plan->sessions[i].week == 1; i++)
		is_day[plan->sessions[i].weekday] = true;
	for (i = 0; i < WEEKDAY_COUNT; i++)
		if (is_day[i] &&
		    !json_build_append(array, json_string(day_codes[i]))) {
			json_decref(array);
			return NULL;
		}
	return array;
}

/*
 * How often.  Dated sessions (--start) are the start's weekdays every
 * week, within bounds; undated ones the catalog's sessions a week.  R4
 * says frequency and period are not used with dayOfWeek, so a plan has
 * one or the other.  The count is the plan's sessions, the same number
 * as the iCalendar events and JSON's weeks give, whenever the plan lays
 * any out.  The code's text says it in words, with the rest days, which
 * Timing has no element for.
 */
static json_t *
timing(const struct bundle *b)
{
	const struct plan *plan = b->plan;
	json_t *o = json_object(), *repeat = json_object();
	bool ok;

	ok = json_build_set(o, "repeat", json_incref(repeat)) &&
	     (!plan->has_start ||
	      json_build_set(repeat, "boundsPeriod", period(b))) &&
	     (plan->session_count == 0 ||
	      json_build_set(repeat, "count",
			     json_integer((json_int_t)plan->session_count))) &&
	     (plan->has_start ||
	      (json_build_set(
		       repeat, "frequency",
		       json_build_count(plan->schedule->sessions_per_week)) &&
	       json_build_set(repeat, "period", json_integer(1)) &&
	       json_build_set(repeat, "periodUnit", json_string("wk")))) &&
	     (!plan->has_start ||
	      json_build_set(repeat, "dayOfWeek", days_of_week(plan))) &&
	     json_build_set(o, "code",
			    text_concept(b->handout->record.schedule));
	json_decref(repeat);
	return json_build_finish(o, ok);
}

/* ---- words ------------------------------------------------------------- */

/*
 * A catalog's text in FHIR's markdown (Annotation.text), escaped by the
 * one Markdown escaper (escape_markdown.h), so that no word or text
 * turns into a heading, a list, a link, raw HTML or any other markup:
 * each piece starts a line, as a note's first one does.
 */
static void
put_markdown(struct buffer *b, const char *text)
{
	escape_markdown(b, text, strlen(text), ESCAPE_MARKDOWN_LINE_START);
}

/* A note of the markdown in b, which it frees. */
static json_t *
markdown_note(struct buffer *b)
{
	json_t *o = json_object();
	bool ok = !b->is_failed &&
		  json_build_set(o, "text", text_value(buffer_text(b)));

	buffer_free(b);
	return json_build_finish(o, ok);
}

/* "label: text", or text alone when label is NULL, as markdown, with
 * the handout's mark after a label. */
static json_t *
note(const struct handout *h, const char *label, const char *text)
{
	struct buffer b = BUFFER_INIT;

	if (label != NULL) {
		put_markdown(&b, label);
		buffer_puts(&b, handout_label_end(h));
	}
	put_markdown(&b, text);
	return markdown_note(&b);
}

/* A heading and the list after it, as one markdown note. */
static json_t *
list_note(const struct handout *h, const struct handout_block *heading,
	  const struct handout_block *list)
{
	struct buffer b = BUFFER_INIT;
	char mark[32];
	size_t i;

	handout_label_alone(h, mark, sizeof mark);
	put_markdown(&b, heading->text);
	buffer_puts(&b, mark);
	buffer_puts(&b, "\n");
	for (i = 0; list != NULL && i < list->item_count; i++) {
		buffer_puts(&b, "\n- ");
		if (list->items[i].label != NULL) {
			put_markdown(&b, list->items[i].label);
			buffer_puts(&b, handout_label_end(h));
		}
		put_markdown(&b, list->items[i].text);
	}
	return markdown_note(&b);
}

/*
 * One of the clinician's notes, as markdown, by the Practitioner when
 * the plan names one (by name, identifier or reference).
 */
static json_t *
clinician_note(const struct bundle *bundle, const char *text)
{
	struct buffer md = BUFFER_INIT;
	json_t *o = json_object();
	bool ok;

	put_markdown(&md, text);
	/* An Annotation's author comes before its text. */
	ok = (!is_named(clinician_of(bundle)) ||
	      json_build_set(o, "authorReference",
			     person_reference(clinician_of(bundle)))) &&
	     !md.is_failed &&
	     json_build_set(o, "text", text_value(buffer_text(&md)));
	buffer_free(&md);
	return json_build_finish(o, ok);
}

/*
 * The CarePlan's notes, one a block of the record's notes (one a fact
 * of a block of facts, one each of the clinician's notes; a heading
 * and its list together).
 */
static json_t *
notes(const struct bundle *bundle)
{
	const struct handout *h = bundle->handout;
	json_t *array = json_array();
	bool ok = true;
	size_t i, j;

	for (i = 0; ok && i < h->record.note_count; i++) {
		const struct handout_block *b = &h->blocks[i];
		const struct handout_block *next =
			i + 1 < h->record.note_count ? b + 1 : NULL;

		switch (b->kind) {
		case HANDOUT_NOTE:
			for (j = 0; ok && j < b->item_count; j++)
				ok = json_build_append(
					array,
					clinician_note(bundle,
						       b->items[j].text));
			break;
		case HANDOUT_WARNING:
			ok = json_build_append(array,
					       note(h, b->label, b->text));
			break;
		case HANDOUT_FACTS:
		case HANDOUT_BULLETS:
			for (j = 0; ok && j < b->item_count; j++)
				ok = json_build_append(
					array, note(h, b->items[j].label,
						    b->items[j].text));
			break;
		case HANDOUT_SUBHEADING:
			if (next != NULL && next->kind != HANDOUT_BULLETS)
				next = NULL;
			ok = json_build_append(array, list_note(h, b, next));
			i += next != NULL;
			break;
		default:
			ok = json_build_append(array, note(h, NULL, b->text));
			break;
		}
	}
	return json_build_finish(array, ok);
}

/* ---- resources --------------------------------------------------------- */

/* An XHTML element with text, escaped. */
static void
put_element(FILE *out, const char *tag, const char *text)
{
	fprintf(out, "<%s>", tag);
	escape_html(out, text);
	fprintf(out, "</%s>", tag);
}

/*
 * The CarePlan's narrative, for a person reading the record: the title,
 * the headline, the schedule and each exercise with its leg, in the
 * handout's words, as the XHTML R4 allows (a div of p, ul and li).
 * NULL when memory ran out.
 */
static json_t *
narrative(const struct bundle *b)
{
	const struct handout_record *record = &b->handout->record;
	json_t *o;
	char *div = NULL;
	size_t size = 0, i;
	FILE *out = open_memstream(&div, &size);

	if (out == NULL)
		return NULL;
	fputs("<div xmlns=\"http://www.w3.org/1999/xhtml\">", out);
	put_element(out, "p", b->plan->title);
	put_element(out, "p", b->plan->headline);
	put_element(out, "p", record->schedule);
	fputs("<ul>", out);
	for (i = 0; i < record->order_count; i++) {
		const struct handout_order *order = &record->orders[i];

		fputs("<li>", out);
		escape_html(out,
			    b->plan->exercises[order->exercise].exercise->name);
		escape_html(out, handout_label_end(b->handout));
		escape_html(out, order->leg);
		fputs("</li>", out);
	}
	fputs("</ul></div>", out);
	if (fclose(out) != 0 || div == NULL) {
		free(div);
		return NULL;
	}
	o = json_object();
	o = json_build_finish(
		o, json_build_set(o, "status", json_string("generated")) &&
			   json_build_set(o, "div", text_value(div)));
	free(div);
	return o;
}

static json_t *
care_plan(const struct bundle *b, json_t *activities)
{
	const struct plan *plan = b->plan;
	json_t *o = json_object(), *category = json_array();
	bool ok;

	ok = set_head(b, o, "CarePlan") &&
	     json_build_set(o, "text", narrative(b)) &&
	     json_build_set(o, "status", json_string("active")) &&
	     json_build_set(o, "intent", json_string("plan")) &&
	     json_build_set(o, "category", json_incref(category)) &&
	     json_build_append(category,
			       codeable(US_CORE_CAREPLAN, ASSESS_PLAN, NULL)) &&
	     json_build_append(category,
			       codeable(PA_CODES, PHYSICAL_ACTIVITY, NULL)) &&
	     json_build_set(o, "title", text_value(plan->title)) &&
	     json_build_set(o, "description", text_value(plan->headline)) &&
	     json_build_set(o, "subject", subject(b)) &&
	     (!plan->has_start || json_build_set(o, "period", period(b))) &&
	     json_build_set(o, "created", json_build_date(&plan->date)) &&
	     (!is_named(clinician_of(b)) ||
	      json_build_set(o, "author", person_reference(clinician_of(b)))) &&
	     json_build_set(o, "activity", json_incref(activities)) &&
	     json_build_set(o, "note", notes(b));
	json_decref(category);
	return json_build_finish(o, ok);
}

static json_t *
service_request(const struct bundle *b, const struct handout_order *order)
{
	const struct plan *plan = b->plan;
	const struct plan_exercise *pe = &plan->exercises[order->exercise];
	const char *const *site = lower_limb[order->side];
	json_t *o = json_object();
	bool ok;

	ok = set_head(b, o, "ServiceRequest") &&
	     json_build_set(o, "extension",
			    json_build_one(dose_extension(
				    &pe->dose, pe->is_dose_tailored))) &&
	     json_build_set(o, "basedOn",
			    json_build_one(reference(b->care_plan, "CarePlan",
						     NULL))) &&
	     json_build_set(o, "status", json_string("active")) &&
	     json_build_set(o, "intent", json_string("order")) &&
	     json_build_set(o, "category",
			    json_build_one(codeable(PA_CODES, PHYSICAL_ACTIVITY,
						    NULL))) &&
	     json_build_set(
		     o, "code",
		     codeable(SNOMED, EXERCISE_THERAPY, pe->exercise->name)) &&
	     json_build_set(o, "subject", subject(b)) &&
	     json_build_set(o, "occurrenceTiming", timing(b)) &&
	     json_build_set(o, "authoredOn", json_build_date(&plan->date)) &&
	     (!is_named(clinician_of(b)) ||
	      json_build_set(o, "requester",
			     person_reference(clinician_of(b)))) &&
	     json_build_set(o, "performerType",
			    codeable(SNOMED, PATIENT_ROLE, NULL)) &&
	     (!is_named(patient_of(b)) ||
	      json_build_set(
		      o, "performer",
		      json_build_one(person_reference(patient_of(b))))) &&
	     json_build_set(
		     o, "reasonCode",
		     json_build_one(codeable(SNOMED, HEEL_PAIN,
					     b->handout->record.reason))) &&
	     json_build_set(o, "bodySite",
			    json_build_one(codeable(SNOMED, site[0], site[1],
						    order->leg))) &&
	     json_build_set(o, "patientInstruction",
			    owned_string(render_plain(b->handout, order->first,
						      order->count)));
	return json_build_finish(o, ok);
}

/* A period of the one day d. */
static json_t *
day_period(const struct date *d)
{
	json_t *o = json_object();

	return json_build_finish(
		o, json_build_set(o, "start", json_build_date(d)) &&
			   json_build_set(o, "end", json_build_date(d)));
}

/*
 * The review appointment, as a planned activity of the CarePlan.  R4's
 * CarePlan.activity.detail describes an activity in place, without a
 * resource of its own, and its kind, Appointment, says what it is; an
 * Appointment resource would need the hour and each participant's
 * answer, which heelrx does not know.  The day is a period of that
 * day; the clinician, when named, is who performs it.
 */
static json_t *
review_activity(const struct bundle *b)
{
	const struct plan *plan = b->plan;
	json_t *o = json_object(), *detail = json_object();
	bool ok;

	ok = json_build_set(o, "detail", json_incref(detail)) &&
	     json_build_set(detail, "kind", json_string("Appointment")) &&
	     json_build_set(detail, "code",
			    text_concept(b->handout->record.review)) &&
	     json_build_set(detail, "status", json_string("scheduled")) &&
	     json_build_set(detail, "scheduledPeriod",
			    day_period(&plan->review)) &&
	     (!is_named(clinician_of(b)) ||
	      json_build_set(
		      detail, "performer",
		      json_build_one(person_reference(clinician_of(b)))));
	json_decref(detail);
	return json_build_finish(o, ok);
}

/* An identifier, "SYSTEM|VALUE", as the element that carries it. */
static json_t *
identifier_element(const char *text)
{
	size_t system = person_key_system_length(text);
	json_t *o = json_object();

	return json_build_finish(
		o, json_build_set(o, "system", json_stringn(text, system)) &&
			   json_build_set(o, "value",
					  json_string(text + system + 1)));
}

/* A Patient or a Practitioner: its identifier and name, as given, and
 * nothing else. */
static json_t *
person_resource(const struct bundle *b, struct person p)
{
	json_t *o = json_object(), *human = json_object();
	bool ok;

	ok = set_head(b, o, p.type) &&
	     (p.key->identifier == NULL ||
	      json_build_set(
		      o, "identifier",
		      json_build_one(identifier_element(p.key->identifier)))) &&
	     (p.name == NULL ||
	      (json_build_set(o, "name", json_build_one(json_incref(human))) &&
	       json_build_set(human, "text", text_value(p.name))));
	json_decref(human);
	return json_build_finish(o, ok);
}

/*
 * Appends the entry for resource at urn, with the POST that creates it
 * in a transaction; with if_none_exist (a search, or NULL) the server
 * creates it only when that search finds nothing, and otherwise files
 * the Bundle's references to it under the resource it found.
 */
static bool
add_entry(const struct bundle *b, json_t *entries, const char *urn,
	  json_t *resource, const char *if_none_exist)
{
	json_t *entry = json_object(), *request;
	const char *type;

	if (!json_build_append(entries, entry) ||
	    !json_build_set(entry, "fullUrl", json_string(urn))) {
		json_decref(resource);
		return false;
	}
	if (!json_build_set(entry, "resource", resource))
		return false;
	if (!b->options->is_transaction)
		return true;
	type = json_string_value(json_object_get(resource, "resourceType"));
	request = json_object();
	if (!json_build_set(entry, "request", request))
		return false;
	return json_build_set(request, "method", json_string("POST")) &&
	       json_build_set(request, "url", json_string(type)) &&
	       (if_none_exist == NULL ||
		json_build_set(request, "ifNoneExist",
			       json_string(if_none_exist)));
}

/* Appends the person's entry when the Bundle holds their resource: a
 * conditional create when they have an identifier. */
static bool
add_person(const struct bundle *b, json_t *entries, struct person p)
{
	struct buffer search = BUFFER_INIT;
	bool ok;

	if (!is_in_bundle(p))
		return true;
	if (p.key->identifier != NULL &&
	    !person_key_search(&search, p.key->identifier)) {
		buffer_free(&search);
		return false;
	}
	ok = add_entry(b, entries, p.urn, person_resource(b, p),
		       p.key->identifier != NULL ? buffer_text(&search) : NULL);
	buffer_free(&search);
	return ok;
}

/*
 * The requests, in plan order and for each exercise its legs left
 * first, into entries; their references into activities.
 */
static bool
add_requests(const struct bundle *b, json_t *entries, json_t *activities)
{
	const struct handout_record *record = &b->handout->record;
	char urn[URN_SIZE];
	size_t i;

	for (i = 0; i < record->order_count; i++) {
		const struct handout_order *order = &record->orders[i];
		const struct plan_exercise *pe =
			&b->plan->exercises[order->exercise];
		json_t *activity = json_object();

		uuid_urn(b->hash, "ServiceRequest", pe->exercise->id,
			 json_build_side(order->side), urn, sizeof urn);
		if (!json_build_append(activities, activity) ||
		    !json_build_set(activity, "reference",
				    reference(urn, "ServiceRequest", NULL)) ||
		    !add_entry(b, entries, urn, service_request(b, order),
			       NULL))
			return false;
	}
	return true;
}

static json_t *
document(const struct bundle *b)
{
	json_t *o = json_object(), *identifier = json_object(),
	       *entries = json_array(), *activities = json_array();
	char urn[URN_SIZE];
	bool ok;

	/* The CarePlan's activities are filled in as the requests are
	 * added after it. */
	uuid_urn(b->hash, "Bundle", NULL, NULL, urn, sizeof urn);
	ok = set_head(b, o, "Bundle") &&
	     json_build_set(o, "identifier", json_incref(identifier)) &&
	     json_build_set(identifier, "system",
			    json_string("urn:ietf:rfc:3986")) &&
	     json_build_set(identifier, "value", json_string(urn)) &&
	     json_build_set(o, "type",
			    json_string(b->options->is_transaction
						? "transaction"
						: "collection")) &&
	     json_build_set(o, "entry", json_incref(entries)) &&
	     add_entry(b, entries, b->care_plan, care_plan(b, activities),
		       NULL) &&
	     add_requests(b, entries, activities) &&
	     (!b->plan->has_review ||
	      json_build_append(activities, review_activity(b))) &&
	     add_person(b, entries, patient_of(b)) &&
	     add_person(b, entries, clinician_of(b));
	json_decref(identifier);
	json_decref(entries);
	json_decref(activities);
	return json_build_finish(o, ok);
}

enum status
render_fhir(const struct render_input *in, FILE *out, struct failure *f)
{
	const struct plan *plan = in->plan;
	const struct render_fhir_options *options = &in->fhir;
	struct bundle b = {.plan = plan, .options = options};
	struct handout handout;
	json_t *doc;
	json_free_t free_text;
	char *text;

	if (!handout_record(plan, &handout)) {
		handout_free(&handout);
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	}
	b.handout = &handout;
	b.hash = plan_hash(plan, options);
	uuid_urn(b.hash, "CarePlan", NULL, NULL, b.care_plan,
		 sizeof b.care_plan);
	uuid_urn(b.hash, "Patient", NULL, NULL, b.patient, sizeof b.patient);
	uuid_urn(b.hash, "Practitioner", NULL, NULL, b.clinician,
		 sizeof b.clinician);
	doc = document(&b);
	handout_free(&handout);
	if (doc == NULL)
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	/* Into memory and then out in one write: json_dumpf would call
	 * fwrite for every token, a fifth of the whole run. */
	text = json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(doc);
	if (text == NULL)
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	/* A failed write shows in the stream's error flag, as for the
	 * other formats; main reports it when it closes the stream. */
	fputs(text, out);
	fputc('\n', out);
	/* json_dumps allocates as jansson was told to (the unit test
	 * counts), so it is freed that way. */
	json_get_alloc_funcs(NULL, &free_text);
	free_text(text);
	return STATUS_OK;
}
