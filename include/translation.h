/* SPDX-License-Identifier: ISC */
/*
 * translation.h: the hook through which a catalog's texts are
 * translated as they are read, as the build applies po/catalog/LL.po
 * (see po/README).  It sits below catalog.h so that the YAML reader,
 * which offers the texts, needs nothing else of the catalog.
 */
#ifndef HEELRX_TRANSLATION_H
#define HEELRX_TRANSLATION_H

/* Where a translated text was written, for messages. */
struct catalog_place {
	const char *file;   /* such as "po/catalog/de.po" */
	unsigned long line; /* 0: unknown */
};

/*
 * A translation of a catalog's texts.  translate() is offered every
 * text that a translator translates, with its key path
 * ("exercises.hip-abduction.steps[2]": exercises by id, other list
 * items by index from 0), the text as the file writes it (placeholders
 * and "{{" included) and its line there.  It returns the text to use
 * instead, which must outlive the catalog, and sets *origin to where
 * that was written; or NULL to keep the source.  A replacement is
 * checked as the source is, and must keep the source's placeholders
 * (template_keeps).  Ids, rules, numbers and language tags are never
 * offered: they stay the source's.
 *
 * A side word with grammatical forms is offered whole, as the catalog
 * writes it ("left", or "{word: left, f: left}"), and its replacement
 * may give forms of its own: "{word: izquierda, m: izquierdo}".
 */
struct catalog_translation {
	const char *(*translate)(void *context, const char *path,
				 const char *source, unsigned long line,
				 struct catalog_place *origin);
	void *context;
	/*
	 * A plural form that the source lacks and the translation's
	 * language may need (Arabic's few for a word that English gives
	 * as one and other): offered with the form's key path
	 * ("words.dose.amount.few") and other, the word's other form as
	 * read (translated), whose placeholders the form must keep.  It
	 * returns the form or NULL, as translate() does, and may be NULL
	 * itself: no such forms.
	 */
	const char *(*translate_form)(void *context, const char *path,
				      const char *other, unsigned long line,
				      struct catalog_place *origin);
};

#endif
