/* SPDX-License-Identifier: ISC */
/*
 * test_template.c: placeholders as a translator and a clinic rely on
 * them: which a text may hold, what each is filled with, side words in
 * their grammatical forms and in capitals, in any script.
 */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "check.h"
#include "template.h"

static const struct template_rules sides_only = {true, NULL};
static const struct template_rules none = {false, NULL};
static const struct template_rules dose = {false, "sets reps"};
static const struct template_rules label = {true, "number"};

static bool
ok(const char *text, const struct template_rules *rules)
{
	struct template_problem p;

	return template_check(text, strlen(text), rules, &p);
}

/* The message and the offset of the "{" a text is refused for. */
static void
refused(const char *text, const struct template_rules *rules, size_t offset,
	const char *message)
{
	struct template_problem p;

	CHECK(!template_check(text, strlen(text), rules, &p));
	CHECK(p.offset == offset);
	CHECK_STR(p.message, message);
}

static void
test_check(void)
{
	CHECK(ok("a {side} {Other} {SIDE} {{b", &sides_only));
	CHECK(ok("{side:f} and {Other:acc}", &sides_only));
	CHECK(ok("{sets} sets of {reps}", &dose));
	CHECK(ok("{number} {side:n}", &label));
	CHECK(ok("no braces at all", &none));
	CHECK(ok("a literal {{brace}", &none));

	refused("a {side}", &none, 2,
		"this text cannot name a side; write {{ for a literal brace");
	refused("x {sides}", &sides_only, 2,
		"unknown placeholder; expected {side} or {other} (any case), "
		"or {{ for a literal brace");
	refused("{sets} of {rep}", &dose, 10,
		"unknown placeholder; expected {sets} or {reps}, or {{ for a "
		"literal brace");
	refused("{number} {leg}", &label, 9,
		"unknown placeholder; expected {side} or {other} (any case) "
		"or {number}, or {{ for a literal brace");
	refused("{x}", &none, 0,
		"this text takes no placeholders; write {{ for a literal "
		"brace");
	refused("{sets:f}", &dose, 0,
		"only {side} and {other} take a form, as in {side:f}");
	refused("{side:}", &sides_only, 0,
		"expected a form name of 1 to 16 letters, digits or '_' after "
		"the colon");
	/* A brace that never closes, or closes after a stray character. */
	refused("{", &sides_only, 0,
		"unknown placeholder; expected {side} or {other} (any case), "
		"or {{ for a literal brace");
	refused("{side", &sides_only, 0,
		"unknown placeholder; expected {side} or {other} (any case), "
		"or {{ for a literal brace");
	refused("{si de}", &sides_only, 0,
		"unknown placeholder; expected {side} or {other} (any case), "
		"or {{ for a literal brace");
}

/* Collects the forms template_each_form reports. */
struct forms_seen {
	char names[64];
	size_t count;
};

static bool
collect(const char *form, size_t len, size_t offset, void *context)
{
	struct forms_seen *seen = context;

	size_t used = strlen(seen->names);

	(void)offset;
	snprintf(seen->names + used, sizeof seen->names - used, "%.*s,",
		 (int)len, form);
	seen->count++;
	return true;
}

static void
test_each_form(void)
{
	const char *text = "{side:f} {other} {{x:y} {Side:acc}";
	struct forms_seen seen = {"", 0};

	CHECK(template_each_form(text, strlen(text), collect, &seen));
	CHECK(seen.count == 2);
	CHECK_STR(seen.names, "f,acc,");
}

/* Spanish and German side words, with forms for what they agree with. */
static const char *const form_names[] = {"m", "acc"};
static const char *const left_forms[] = {"izquierdo", "linken"};
static const char *const right_forms[] = {"derecho", "rechten"};
static const struct side_words sides = {
	{"izquierda", "derecha"}, form_names, {left_forms, right_forms}, 2};

static const char *
filled(struct arena *a, const char *text, enum side side)
{
	struct template_values v = {
		&sides, side, side == SIDE_LEFT ? SIDE_RIGHT : SIDE_LEFT,
		NULL,	NULL, 0};

	return template_fill(a, text, &v);
}

static void
test_fill_sides(void)
{
	struct arena *a = arena_new();

	CHECK_STR(filled(a, "pierna {side}, tobillo {side:m}", SIDE_RIGHT),
		  "pierna derecha, tobillo derecho");
	CHECK_STR(filled(a, "{Other:m} y {OTHER}", SIDE_RIGHT),
		  "Izquierdo y IZQUIERDA");
	CHECK_STR(filled(a, "den {side:acc} Knöchel {{", SIDE_LEFT),
		  "den linken Knöchel {");
	/* A form no side word has (only an unchecked catalog built in C
	 * can ask) falls back to the word itself. */
	CHECK_STR(filled(a, "{side:dat}", SIDE_LEFT), "izquierda");
	arena_free(a);
}

/* Capitals follow Unicode: a first letter in any script, and "ß"
 * becomes "SS". */
static void
test_fill_case(void)
{
	static const char *const none_forms[] = {NULL};
	const struct side_words words = {
		{"straße", "école"}, NULL, {none_forms, none_forms}, 0};
	struct template_values v = {&words, SIDE_LEFT, SIDE_RIGHT,
				    NULL,   NULL,      0};
	struct arena *a = arena_new();

	CHECK_STR(template_fill(a, "{SIDE}/{Other}/{OTHER}", &v),
		  "STRASSE/École/ÉCOLE");
	arena_free(a);
}

/* A word too long to change case, which only a catalog built in C can
 * have, is written whole, never cut inside a character. */
static void
test_fill_long_word(void)
{
	static const char *const none_forms[] = {NULL};
	char word[2 * 64 + 1] = "";
	struct side_words words = {
		{word, "right"}, NULL, {none_forms, none_forms}, 0};
	struct template_values v = {&words, SIDE_LEFT, SIDE_RIGHT,
				    NULL,   NULL,      0};
	struct arena *a = arena_new();
	int i;

	for (i = 0; i < 64; i++) {
		word[2 * (size_t)i] = '\xc3';
		word[2 * (size_t)i + 1] = '\xa9'; /* U+00E9 in UTF-8 */
	}
	CHECK_STR(template_fill(a, "{side}", &v), word);
	CHECK_STR(template_fill(a, "{SIDE}", &v), word);
	arena_free(a);
}

static void
test_fill_fields(void)
{
	static const char *const names[] = {"sets", "reps"};
	static const char *const values[] = {"3", "10"};
	struct template_values v = {NULL,  SIDE_LEFT, SIDE_RIGHT,
				    names, values,    2};
	struct arena *a = arena_new();

	CHECK_STR(template_fill(a, "{sets} sets of {reps}", &v),
		  "3 sets of 10");
	CHECK_STR(template_fill(a, "{reps}x{sets}, {{sets}", &v),
		  "10x3, {sets}");
	/* A field without a value is left as it is written. */
	CHECK_STR(template_fill(a, "{hold} s", &v), "{hold} s");
	arena_free(a);
}

/* The longest a template can fill to is never less than what it fills
 * to, and counts each placeholder at its longest. */
static void
test_filled_max(void)
{
	static const char *const names[] = {"sets", "reps"};
	static const char *const values[] = {"3", "10"};
	static const size_t lengths[] = {20, 20};
	const struct template_maxes maxes = {names, lengths, 2};
	const struct template_maxes no_maxes = {NULL, NULL, 0};
	struct template_values v = {&sides, SIDE_LEFT, SIDE_RIGHT,
				    names,  values,    2};
	const char *text = "{sets} sets of {reps}, {Side} {{";
	struct arena *a = arena_new();

	/* 20 + 9 + 20 + 2 + 192 + 2: "{{" is one byte. */
	CHECK(template_filled_max(text, strlen(text), 192, &maxes) == 245);
	CHECK(strlen(template_fill(a, text, &v)) <=
	      template_filled_max(text, strlen(text), 192, &maxes));
	/* A field the maxes do not name is kept as written. */
	CHECK(template_filled_max("{hold} s", 8, 0, &maxes) == 8);
	CHECK(template_filled_max("plain", 5, 192, &no_maxes) == 5);
	/* Past what a size_t holds, the count stops at SIZE_MAX. */
	{
		static const char *const big_name[] = {"x"};
		static const size_t big[] = {SIZE_MAX / 2};
		const struct template_maxes huge = {big_name, big, 1};

		CHECK(template_filled_max("{x}{x}{x}", 9, 0, &huge) ==
		      SIZE_MAX);
	}
	arena_free(a);
}

int
main(void)
{
	test_check();
	test_each_form();
	test_fill_sides();
	test_fill_case();
	test_fill_long_word();
	test_fill_fields();
	test_filled_max();
	return check_report("test_template");
}
