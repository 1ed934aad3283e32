/* SPDX-License-Identifier: ISC */
/*
 * reader.h: a YAML document read as typed values, for the catalog's
 * schema (loader.h).  Internal to the catalog layer: nothing outside
 * src/catalog/ includes it.
 *
 * The reader walks libyaml's event stream (its files, reader*.c, are
 * the only ones that include <yaml.h>) and keeps the key path of the
 * current value, so that every message can say where, as
 * "FILE:LINE:COL: PATH: what".  It refuses what no catalog needs before
 * it can cost anything: anchors, aliases, tags outside YAML's core
 * schema, a second document, nesting deeper than READER_MAX_DEPTH.
 * The schema describes each mapping as a table of fields and each list
 * by a function per item; the reader checks keys, counts, texts and
 * placeholders.
 */
#ifndef HEELRX_READER_H
#define HEELRX_READER_H

#include <stdbool.h>
#include <stddef.h>

#include "failure.h"
#include "template.h"
#include "translation.h"

struct arena;
struct reader;

/* Deepest nesting of mappings and lists the reader accepts. */
enum { READER_MAX_DEPTH = 16 };

/*
 * A place in the file, counted from 1.  file is NULL for the document
 * being read; a translated text is marked where its translation was
 * written instead (a .po file and line, column 0).
 */
struct reader_mark {
	unsigned long line, column;
	const char *file;
};

struct reader_field;

/*
 * Reads the current value into slot, the field's place in the object
 * being read; context is the schema's, passed through.  A function
 * type, so that a schema declares its readers with it.
 */
typedef enum status reader_read(struct reader *, void *context, void *slot,
				const struct reader_field *);

/* One key of a mapping. */
struct reader_field {
	const char *name;
	bool is_required;
	reader_read *read;
	size_t offset; /* where the value goes in the object */
	unsigned min, max;
	/* For template texts: the named fields they may use (see
	 * template.h), separated by blanks; NULL: none. */
	const char *names;
	/*
	 * For reader_group: how many entries after this one in its table
	 * are the fields of its nested mapping, theirs included.  They
	 * are keys of that mapping, not of this one.
	 */
	size_t nested_count;
};

/* Called for each item of a list, with the reader on the item. */
typedef enum status (*reader_item)(struct reader *, void *context,
				   size_t index);

/*
 * Reads the one document in the len bytes at bytes: its root must be a
 * mapping, which read() reads.  name is the file in messages; copies
 * of texts go into arena.  With translation (NULL: none), every text
 * read with reader_text is offered to it (see translation.h).  Fails with
 * STATUS_DATA (f says where), STATUS_SOFTWARE when memory runs out.
 */
enum status reader_read_document(const char *name, const char *bytes,
				 size_t len, struct arena *arena,
				 const struct catalog_translation *translation,
				 reader_read *read, void *context,
				 struct failure *f);

/* ---- translation ---------------------------------------------------- */

/* Whether the reader offers its texts to a translation. */
bool reader_translates(const struct reader *);

/*
 * Offers source, the value at the current key path written as a
 * catalog would write it, to the translation; *replacement is what to
 * use instead, or NULL.  For values that are not one text, such as a
 * side word with its forms: reader_text offers texts by itself.
 * Fails when the key path cannot be known (see reader_expect_name).
 */
enum status reader_translate(struct reader *, const char *source,
			     const char **replacement);

/*
 * Asks the translation for the form key of the plural word at the
 * current key path, one that the source does not give, and reads it
 * into *out (NULL: none) as reader_text reads a text under rules; it
 * must keep the placeholders of other, the word's other form.
 */
enum status reader_translate_form(struct reader *, const char *key,
				  const char *other,
				  const struct template_rules *rules,
				  const char **out);

/*
 * Reads the len bytes at bytes, a replacement from reader_translate,
 * as one YAML value (a scalar or a flow mapping), calling read() on it
 * with a reader whose key path and marks are those of the value it
 * replaces.
 */
enum status reader_read_replacement(struct reader *, const char *bytes,
				    size_t len, reader_read *read,
				    void *context, void *slot,
				    const struct reader_field *field);

/*
 * Names the list item the reader is in, for the key paths a
 * translation sees: "exercises.hip-abduction.steps[2]" rather than
 * "exercises[0].steps[2]".  Messages keep the index.  name must outlive
 * the item.
 */
void reader_name_item(struct reader *, const char *name);

/*
 * Says that the list item the reader is in will be named: a text read
 * in it before reader_name_item is then refused by a translation, whose
 * key paths must not depend on the order of the items.
 */
void reader_expect_name(struct reader *);

/* ---- the current value --------------------------------------------- */

/* Where the current value starts. */
struct reader_mark reader_mark(const struct reader *);

/* Whether the current value is a plain scalar equal to word. */
bool reader_is_word(const struct reader *, const char *word);

/* Whether the current value is a mapping. */
bool reader_is_mapping(const struct reader *);

/* The bytes of the current scalar, or NULL for a list or mapping. */
const char *reader_scalar(const struct reader *, size_t *len);

/* ---- values --------------------------------------------------------- */

/*
 * Reads a mapping whose keys are the fields of the n entries at fields
 * (those nested in a group are not): unknown, repeated and missing
 * required keys are errors.
 */
enum status reader_mapping(struct reader *, const struct reader_field *,
			   size_t n, void *object, void *context);

/*
 * A reader_read for a nested mapping, whose fields are the
 * field->nested_count entries after field in its table: their offsets
 * are from slot, the nested mapping's place in the object.
 */
enum status reader_group(struct reader *, void *context, void *slot,
			 const struct reader_field *field);

/*
 * Reads a mapping of keys that the schema does not fix: key() is
 * called with each key, the reader on its value.
 */
enum status reader_open_mapping(struct reader *,
				enum status (*key)(struct reader *,
						   void *context,
						   const char *key, size_t len),
				void *context);

/* Reads a list of at least min_items, calling item() for each. */
enum status reader_list(struct reader *, size_t min_items, reader_item,
			void *context);

/*
 * Reads the current value as a non-empty text allowed by rules (NULL:
 * no placeholders).  With out, a copy goes into the arena: a template
 * as written, other texts with "{{" made "{".  Without out the text is
 * only checked.  A translation may replace the text; the replacement is
 * checked the same way and must keep every placeholder of the source.
 */
enum status reader_text(struct reader *, const struct template_rules *,
			const char **out);

/* The same for a text no translation may change: an id, a tag. */
enum status reader_fixed_text(struct reader *, const char **out);

/*
 * The text the last reader_text read, as it is used: the translation
 * when there is one.  Templates are as written.
 */
const char *reader_text_used(const struct reader *, size_t *len);

/* A whole number from min to max in plain decimal digits. */
enum status reader_count(struct reader *, unsigned min, unsigned max,
			 unsigned *out);

/* ---- messages ------------------------------------------------------- */

/* "FILE:LINE:COL: PATH: message" at mark; STATUS_DATA. */
enum status reader_fail(struct reader *, struct reader_mark, const char *format,
			...) __attribute__((format(printf, 3, 4)));

/*
 * "FILE:LINE:COL: message" at mark, without the key path, for messages
 * that name their own; returns status.
 */
enum status reader_fail_with(struct reader *, enum status, struct reader_mark,
			     const char *format, ...)
	__attribute__((format(printf, 4, 5)));

/* The same with STATUS_DATA: a fault of the catalog. */
#define reader_fail_plain(r, mark, ...)                                        \
	reader_fail_with(r, STATUS_DATA, mark, __VA_ARGS__)

/* The same with STATUS_USAGE: the catalog is valid, but not for what
 * the command line asks of it. */
#define reader_refuse(r, mark, ...)                                            \
	reader_fail_with(r, STATUS_USAGE, mark, __VA_ARGS__)

/* "PATH: expected WHAT, found X" at the current value. */
enum status reader_fail_expected(struct reader *, const char *what);

/* Memory ran out: STATUS_SOFTWARE. */
enum status reader_fail_memory(struct reader *);

/*
 * "FILE:LINE:COL: PATH: message" at mark for a fault that is not the
 * document's but heelrx's own, such as a library it cannot load:
 * STATUS_SOFTWARE.
 */
enum status reader_fail_software(struct reader *, struct reader_mark,
				 const char *message);

/* The key path of the current value, such as "exercises[2].reps". */
void reader_path(const struct reader *, char *buf, size_t size);

/* Largest key path reader_path writes, with its NUL. */
enum { READER_PATH_MAX = 256 };

/* Up to max_shown bytes of s, quoted and escaped for a message. */
void reader_show(char *buf, size_t size, const char *s, size_t len);

/* Room reader_show needs. */
enum { READER_SHOWN_MAX = 40 * 4 + 16 };

#endif
