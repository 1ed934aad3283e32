/* SPDX-License-Identifier: ISC */
/*
 * check.c: what only the whole catalog can tell, once it is read: that
 * every exercise id a rule names exists and is listed once, that a key
 * exercise is one its rule lists, that both side words give the same
 * forms and every form a text asks for is one of them, which words
 * and language the catalog is printed in, and that those words can head
 * its advice and precautions.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "hash.h"
#include "i18n.h"
#include "lang.h"
#include "loader.h"

/* The slot for id: the one holding it, or the empty one it would take. */
static struct id_slot *
id_slot(struct loader *ld, const char *id)
{
	size_t mask = ld->id_cap - 1;
	size_t i = (size_t)hash_string(HASH_START, id) & mask;

	while (ld->ids[i].id != NULL && strcmp(ld->ids[i].id, id) != 0)
		i = (i + 1) & mask;
	return &ld->ids[i];
}

/* Indexes every exercise by id; duplicates are errors. */
static enum status
index_ids(struct reader *r, struct loader *ld)
{
	const struct exercise *exercises = ld->exercises.items;
	const struct reader_mark *marks = ld->id_marks.items;
	struct id_slot *slot;
	size_t i;

	ld->id_cap = 16;
	while (ld->id_cap < ld->exercises.count * 2)
		ld->id_cap *= 2;
	ld->ids = calloc(ld->id_cap, sizeof *ld->ids);
	if (ld->ids == NULL)
		return reader_fail_memory(r);
	for (i = 0; i < ld->exercises.count; i++) {
		slot = id_slot(ld, exercises[i].id);
		if (slot->id != NULL) {
			struct reader_mark first = marks[slot->index];
			return reader_fail_plain(
				r, marks[i],
				_("exercises[%zu].id: duplicate id \"%s\", "
				  "first given at %lu:%lu"),
				i, exercises[i].id, first.line, first.column);
		}
		slot->id = exercises[i].id;
		slot->index = i;
	}
	return STATUS_OK;
}

/*
 * Points every reference at its exercise.  A list may name an exercise
 * only once; listed[] remembers which list last named each one.
 */
static enum status
resolve_references(struct reader *r, struct loader *ld)
{
	const struct reference *refs = ld->references.items, *ref;
	struct id_slot *slot;
	char path[READER_PATH_MAX];
	unsigned *listed;
	size_t i;

	listed = calloc(ld->exercises.count + 1, sizeof *listed);
	if (listed == NULL)
		return reader_fail_memory(r);
	for (i = 0; i < ld->references.count; i++) {
		ref = &refs[i];
		slot = id_slot(ld, ref->id);
		catalog_reference_path(ref, path, sizeof path);
		if (slot->id == NULL) {
			free(listed);
			return reader_fail_plain(r, ref->mark,
						 _("%s: expected the id of an "
						   "exercise, found unknown id "
						   "\"%s\""),
						 path, ref->id);
		}
		if (ref->list != 0 && listed[slot->index] == ref->list) {
			free(listed);
			return reader_fail_plain(r, ref->mark,
						 _("%s: \"%s\" is already in "
						   "this list"),
						 path, ref->id);
		}
		if (ref->list != 0)
			listed[slot->index] = ref->list;
		*ref->slot = slot->index;
	}
	free(listed);
	return STATUS_OK;
}

/* A rule's key exercise must be one that the rule lists. */
static enum status
check_key_exercise(struct reader *r, struct loader *ld, const struct rule *rule)
{
	const struct reference *refs = ld->references.items;
	const struct exercise *exercises = ld->exercises.items;
	char path[READER_PATH_MAX];
	size_t i;

	if (rule->key_exercise == CATALOG_NO_EXERCISE)
		return STATUS_OK;
	for (i = 0; i < rule->order_count; i++)
		if (rule->order[i] == rule->key_exercise)
			return STATUS_OK;
	for (i = 0; i < ld->references.count; i++)
		if (refs[i].slot == &rule->key_exercise)
			break;
	catalog_reference_path(&refs[i], path, sizeof path);
	return reader_fail_plain(r, refs[i].mark,
				 _("%s: \"%s\" is not in the exercises of this "
				   "rule"),
				 path, exercises[rule->key_exercise].id);
}

/*
 * The side words' forms, as struct side_words keeps them: the names in
 * the order the left side gives them, each side's word for each.  Both
 * sides must give the same forms.
 */
static enum status
finish_sides(struct reader *r, struct loader *ld)
{
	struct sides_builder *b = &ld->sides;
	struct side_words *sides = &ld->words->sides;
	const char **names, **forms[SIDE_COUNT];
	size_t n = b->count[SIDE_LEFT], i, j;

	if (b->count[SIDE_RIGHT] != n)
		return reader_fail_plain(r, b->marks[SIDE_RIGHT],
					 ngettext("words.sides.right: expected "
						  "the same %zu form as the "
						  "left side, found %zu",
						  "words.sides.right: expected "
						  "the same %zu forms as the "
						  "left side, found %zu",
						  n),
					 n, b->count[SIDE_RIGHT]);
	names = arena_alloc(ld->arena, (n + 1) * sizeof *names);
	forms[SIDE_LEFT] = arena_alloc(ld->arena, (n + 1) * sizeof **forms);
	forms[SIDE_RIGHT] = arena_alloc(ld->arena, (n + 1) * sizeof **forms);
	if (names == NULL || forms[SIDE_LEFT] == NULL ||
	    forms[SIDE_RIGHT] == NULL)
		return reader_fail_memory(r);
	for (i = 0; i < n; i++) {
		names[i] = b->names[SIDE_LEFT][i];
		forms[SIDE_LEFT][i] = b->forms[SIDE_LEFT][i];
		for (j = 0; j < n; j++)
			if (strcmp(b->names[SIDE_RIGHT][j], names[i]) == 0)
				break;
		if (j == n)
			return reader_fail_plain(
				r, b->marks[SIDE_RIGHT],
				_("words.sides.right: missing "
				  "form \"%s\", which the left "
				  "side has"),
				names[i]);
		forms[SIDE_RIGHT][i] = b->forms[SIDE_RIGHT][j];
	}
	sides->form_names = names;
	sides->forms[SIDE_LEFT] = forms[SIDE_LEFT];
	sides->forms[SIDE_RIGHT] = forms[SIDE_RIGHT];
	sides->form_count = n;
	return STATUS_OK;
}

/* Every side form a text asks for is one the side words have. */
static enum status
check_forms(struct reader *r, struct loader *ld, const struct side_words *sides)
{
	const struct form_use *use;
	char known[256];
	size_t i, j, used;

	for (i = 0; i < ld->form_use_count; i++) {
		use = &ld->form_uses[i];
		if (template_has_form(sides, use->form, strlen(use->form)))
			continue;
		known[0] = '\0';
		for (j = used = 0; j < sides->form_count && used < sizeof known;
		     j++)
			used += (size_t)snprintf(
				known + used, sizeof known - used, "%s%s",
				j > 0 ? ", " : "", sides->form_names[j]);
		if (sides->form_count == 0)
			return reader_fail_plain(
				r, use->mark,
				_("%s: unknown side form \"%s\", at byte %zu; "
				  "the side words have no forms"),
				use->path, use->form, use->offset + 1);
		return reader_fail_plain(r, use->mark,
					 _("%s: unknown side form \"%s\", at "
					   "byte %zu; the side words have %s"),
					 use->path, use->form, use->offset + 1,
					 known);
	}
	return STATUS_OK;
}

/*
 * The catalog's language and words: its own, or the caller's in its
 * language.  A language the caller did not ask for is a usage error,
 * not a fault of the catalog.
 */
static enum status
choose_words(struct reader *r, struct loader *ld)
{
	const struct catalog_options *o = ld->options;
	struct catalog *c = ld->catalog;
	struct reader_mark mark = ld->language_mark;
	size_t i;

	if (c->language != NULL && ld->words != NULL &&
	    !lang_compatible(c->language, ld->words->language))
		return reader_fail_plain(r, ld->words_language_mark,
					 _("words.language: expected the "
					   "catalog's language \"%s\", found "
					   "\"%s\""),
					 c->language, ld->words->language);
	ld->language = c->language;
	if (c->language == NULL && ld->words != NULL) {
		c->language = ld->words->language;
		mark = ld->words_language_mark;
	}
	if (c->language != NULL && o->language != NULL &&
	    !lang_compatible(c->language, o->language))
		return reader_refuse(r, mark,
				     _("%s: the catalog is written in \"%s\", "
				       "not in \"%s\" as --lang asks; heelrx "
				       "does not translate a catalog"),
				     ld->language != NULL ? "language"
							  : "words.language",
				     c->language, o->language);
	if (ld->words != NULL) {
		c->words = ld->words;
		return STATUS_OK;
	}
	for (i = 0; i < o->word_count; i++)
		if (c->language == NULL ||
		    lang_compatible(c->language, o->words[i]->language)) {
			c->words = o->words[i];
			return STATUS_OK;
		}
	if (c->language != NULL && o->word_count > 0)
		return reader_fail_plain(r, ld->language_mark,
					 _("language: heelrx has no words in "
					   "\"%s\"; give the catalog words of "
					   "its own"),
					 c->language);
	return reader_fail_plain(r, ld->top_mark, _("missing key \"words\""));
}

/*
 * The words that head the advice and the precautions, which a
 * catalog's own words written before them may lack: the first missing
 * one, or NULL.
 */
static const char *
missing_advice_word(const struct words *w)
{
	const char *const needed[] = {
		w->headings.pain,	w->headings.red_flags,
		w->headings.safe_setup, w->headings.routine,
		w->labels.urgent,
	};
	static const char *const names[] = {
		"headings.pain",    "headings.red_flags", "headings.safe_setup",
		"headings.routine", "labels.urgent",
	};
	size_t i;

	for (i = 0; i < sizeof needed / sizeof needed[0]; i++)
		if (needed[i] == NULL)
			return names[i];
	return NULL;
}

/* Advice and precautions need schema version 2, and words to head
 * them. */
static enum status
check_advice(struct reader *r, struct loader *ld)
{
	const struct catalog *c = ld->catalog;
	const char *missing;

	if (ld->has_advice && c->schema_version < 2)
		return reader_fail_plain(r, ld->advice_mark,
					 _("advice: the advice needs "
					   "schema_version 2, found %u"),
					 c->schema_version);
	if (ld->has_precautions && c->schema_version < 2)
		return reader_fail_plain(r, ld->precautions_mark,
					 _("%s: precautions need "
					   "schema_version 2, found %u"),
					 ld->precautions_path,
					 c->schema_version);
	if (ld->has_advice && (missing = missing_advice_word(c->words)) != NULL)
		return reader_fail_plain(r, ld->advice_mark,
					 _("advice: the handout heads it with "
					   "words.%s, which the catalog's "
					   "words do not give"),
					 missing);
	if (ld->has_precautions && c->words->labels.precautions == NULL)
		return reader_fail_plain(r, ld->precautions_mark,
					 _("%s: the handout heads them with "
					   "words.labels.precautions, which "
					   "the catalog's words do not give"),
					 ld->precautions_path);
	if (ld->has_video && c->words->labels.video == NULL)
		return reader_fail_plain(r, ld->video_mark,
					 _("%s: the handout labels it with "
					   "words.labels.video, which the "
					   "catalog's words do not give"),
					 ld->video_path);
	return STATUS_OK;
}

/* A figure's labels are written in the words' language: each mark a
 * label has needs its word (issue 20). */
static enum status
check_labels(struct reader *r, struct loader *ld)
{
	/* The word each mark's label writes, as its key path names it. */
	static const char *const names[] = {
		"figures.sides", "figures.sides", "figures.door",
		"figures.knot",	 "figures.sides", "figures.from_above"};
	size_t i;

	for (i = 0; i < FIGURE_MARK_COUNT; i++)
		if (ld->has_label[i] &&
		    catalog_label_word(ld->catalog->words, (enum figure_mark)i,
				       SIDE_LEFT) == NULL)
			return reader_fail_plain(
				r, ld->label_marks[i],
				_("%s: the handout writes this label with "
				  "words.%s, which the catalog's words do "
				  "not give"),
				ld->label_paths[i], names[i]);
	return STATUS_OK;
}

/* Cross-checks that need the whole catalog, then its final form. */
enum status
catalog_finish(struct reader *r, struct loader *ld)
{
	struct catalog *c = ld->catalog;
	enum status status;

	if ((status = index_ids(r, ld)) != STATUS_OK ||
	    (status = resolve_references(r, ld)) != STATUS_OK ||
	    (status = check_key_exercise(r, ld, &ld->rules.one_side)) !=
		    STATUS_OK ||
	    (status = check_key_exercise(r, ld, &ld->rules.both_sides)) !=
		    STATUS_OK)
		return status;
	if (ld->words != NULL && c->schema_version < 2)
		return reader_fail_plain(r, ld->words_mark,
					 _("words: the handout's words need "
					   "schema_version 2, found %u"),
					 c->schema_version);
	if (ld->has_figures && c->schema_version < 2)
		return reader_fail_plain(r, ld->figures_mark,
					 _("%s: figures need schema_version 2, "
					   "found %u"),
					 ld->figures_path, c->schema_version);
	if (ld->words != NULL && (status = finish_sides(r, ld)) != STATUS_OK)
		return status;
	if ((status = choose_words(r, ld)) != STATUS_OK)
		return status;
	if ((status = check_forms(r, ld, &c->words->sides)) != STATUS_OK ||
	    (status = check_advice(r, ld)) != STATUS_OK ||
	    (status = check_labels(r, ld)) != STATUS_OK ||
	    (status = catalog_check_words_filled(r, ld)) != STATUS_OK)
		return status;
	c->one_side = ld->rules.one_side;
	c->both_sides = ld->rules.both_sides;
	if ((status = catalog_show_figures(r, ld)) != STATUS_OK)
		return status;
	/* A check is done: its catalog is thrown away unread. */
	if (!ld->is_keeping_texts)
		return STATUS_OK;
	c->exercises = arena_memdup(ld->arena, ld->exercises.items,
				    ld->exercises.count, ld->exercises.size);
	if (c->exercises == NULL)
		return reader_fail_memory(r);
	c->exercise_count = ld->exercises.count;
	return STATUS_OK;
}
