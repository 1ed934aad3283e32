/* SPDX-License-Identifier: ISC */
/*
 * template.h: the placeholders that let one text serve either leg and
 * any number.
 *
 * A placeholder is a name in braces.  Side placeholders name a leg:
 * "{side}" is the leg the text is about and "{other}" the opposite one;
 * "{Side}" and "{SIDE}" (likewise for other) write the word with a
 * capital or in capitals.  After a colon, a form name picks one of the
 * grammatical forms the catalog's words give each side, for languages
 * whose words agree with what they describe: "{side:f}", "{Other:acc}".
 * Named fields such as "{sets}" stand for a value the handout fills in;
 * which ones a text may use depends on the text.  "{{" is a literal
 * "{".  Any other "{" is an error, so that a misspelt placeholder never
 * reaches a patient's handout.
 */
#ifndef HEELRX_TEMPLATE_H
#define HEELRX_TEMPLATE_H

#include <stdbool.h>
#include <stddef.h>

#include "types.h"

struct arena;

/* Longest form name, such as "acc" or "f_pl". */
enum { TEMPLATE_MAX_FORM = 16 };

/* The words side placeholders write, from the catalog's words; none
 * is NULL. */
struct side_words {
	const char *word[SIDE_COUNT];	      /* "{side}": "left" and "right" */
	const char *const *form_names;	      /* such as "f" and "acc" */
	const char *const *forms[SIDE_COUNT]; /* forms[side][i] is form i */
	size_t form_count;
};

/* What a text may hold. */
struct template_rules {
	bool may_name_sides;
	/* The named fields allowed, separated by blanks; NULL: none. */
	const char *names;
};

/* What template_check found wrong, for the loader's message. */
struct template_problem {
	size_t offset; /* byte offset of the offending "{" */
	char message[160];
};

/* Checks the len bytes at text; true when they are well formed. */
bool template_check(const char *text, size_t len,
		    const struct template_rules *rules,
		    struct template_problem *problem);

/*
 * Whether translation, a checked text, keeps every placeholder of
 * source: each named field, and each leg the source names ({side} and
 * {other} in any case and form, since a language may need another form
 * or capital).  Otherwise problem says which one it drops.
 */
bool template_keeps(const char *source, size_t source_len,
		    const char *translation, size_t translation_len,
		    struct template_problem *problem);

/*
 * Calls found() with each form name a checked template uses, its
 * length and the offset of its placeholder, until found() returns
 * false.  Forms can only be checked once the side words are known,
 * which may be after the text in the catalog.  Returns false when
 * found() did.
 */
bool template_each_form(const char *text, size_t len,
			bool (*found)(const char *form, size_t form_len,
				      size_t offset, void *context),
			void *context);

/* Whether sides has a form named by the len bytes at form. */
bool template_has_form(const struct side_words *sides, const char *form,
		       size_t len);

/*
 * Replaces "{{" by "{" in place in a checked text without
 * placeholders; returns the new length.
 */
size_t template_unescape(char *text, size_t len);

/* What fills a template. */
struct template_values {
	const struct side_words *sides; /* NULL when the text names none */
	enum side side;			/* "{side}" */
	enum side other;		/* "{other}" */
	/* Named fields: count names, each with its value. */
	const char *const *names;
	const char *const *values;
	size_t count;
};

/* The longest value each named field can have, for template_filled_max. */
struct template_maxes {
	const char *const *names;
	const size_t *lengths;
	size_t count;
};

/*
 * The most bytes the len bytes of a checked template can fill to: its
 * plain text, each side placeholder as side_max bytes, each named field
 * as maxes gives it (one it does not name as written); SIZE_MAX when
 * that is more than a size_t holds.  So a catalog's texts are measured
 * when it is loaded, before a plan is made of them.
 */
size_t template_filled_max(const char *text, size_t len, size_t side_max,
			   const struct template_maxes *maxes);

/*
 * A copy of a checked template with every placeholder filled, allocated
 * in arena; NULL when memory is exhausted.
 */
char *template_fill(struct arena *, const char *text,
		    const struct template_values *);

#endif
