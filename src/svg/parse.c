/* SPDX-License-Identifier: ISC */
/*
 * parse.c: svg_parse, on libexpat.  expat reports the document piece by
 * piece; each element and attribute is handed to the whitelist as it
 * comes, and what passes is kept as a small tree in an arena, from which
 * svg_emit writes a new document (emit.c).  Whatever expat would do on
 * its own with a DTD, an entity or a processing instruction is refused
 * here, before it can cost anything.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "i18n.h"
#include "printable.h"
#include "svg_parse.h"

/* Line and column, from 1, of the byte at offset; columns count
 * characters, and CR LF, CR and LF each end a line, as in XML. */
static void
position(const char *s, size_t len, size_t offset, unsigned long *line,
	 unsigned long *column)
{
	size_t i;

	if (offset > len)
		offset = len;
	*line = 1;
	*column = 1;
	for (i = 0; i < offset; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\n' ||
		    (c == '\r' && (i + 1 >= len || s[i + 1] != '\n'))) {
			++*line;
			*column = 1;
		} else if (c != '\r' && (c & 0xc0) != 0x80) {
			++*column;
		}
	}
}

void
svg_fail(struct parse *p, enum status status, size_t offset, const char *format,
	 ...)
{
	char message[sizeof p->f->message];
	unsigned long line, column;
	va_list ap;

	if (p->status != STATUS_OK)
		return;
	va_start(ap, format);
	vsnprintf(message, sizeof message, format, ap);
	va_end(ap);
	position(p->bytes, p->len, offset, &line, &column);
	p->status = failure_at(p->f, status, NULL, line, column, "%s", message);
	p->x->XML_StopParser(p->xml, XML_FALSE);
}

void
svg_fail_memory(struct parse *p)
{
	svg_fail(p, STATUS_SOFTWARE, 0, _("out of memory"));
}

static size_t
here(const struct parse *p)
{
	XML_Index i = p->x->XML_GetCurrentByteIndex(p->xml);
	return i < 0 ? 0 : (size_t)i;
}

/* Empties the character data for the next run, keeping its bytes for
 * reuse. */
static void
text_clear(struct buffer *text)
{
	text->len = 0;
	if (text->data != NULL)
		text->data[0] = '\0';
}

/* Character data seen since the last tag becomes a node of the current
 * element, if that element keeps text; elsewhere only spaces may be. */
static bool
flush_text(struct parse *p)
{
	struct node *n, *parent = p->current;
	const char *text = p->text.data;
	char quoted[SHOWN + 16];

	if (p->text.len == 0)
		return true;
	if (parent == NULL || !svg_keeps_text(parent->kind)) {
		if (!svg_is_all_space(text, p->text.len)) {
			size_t skip = 0, at = p->text_offset;
			while (svg_is_space(text[skip]))
				skip++;
			/* Point at the first word in the file itself. */
			while (at < p->len && svg_is_space(p->bytes[at]))
				at++;
			printable(quoted, sizeof quoted, text + skip,
				  p->text.len - skip, SHOWN, true);
			svg_fail(p, STATUS_DATA, at,
				 _("expected text only inside text, tspan, "
				   "title or desc, found %s inside '%s'"),
				 quoted,
				 parent ? svg_element_name(parent->kind) : "");
			return false;
		}
		text_clear(&p->text);
		return true;
	}
	if (!svg_is_clean_text(text, p->text.len)) {
		printable(quoted, sizeof quoted, text, p->text.len, SHOWN,
			  true);
		svg_fail(p, STATUS_DATA, p->text_offset,
			 _("expected text without control characters or "
			   "bidirectional overrides, found %s"),
			 quoted);
		return false;
	}
	n = arena_alloc(p->svg->arena, sizeof *n);
	if (n == NULL || (n->text = arena_strndup(p->svg->arena, text,
						  p->text.len)) == NULL) {
		svg_fail_memory(p);
		return false;
	}
	n->kind = E_CHARS;
	n->text_len = p->text.len;
	n->parent = parent;
	n->first = n->last = n->next = NULL;
	n->attributes = NULL;
	n->attribute_count = 0;
	n->x = 0;
	if (parent->last != NULL)
		parent->last->next = n;
	else
		parent->first = n;
	parent->last = n;
	text_clear(&p->text);
	return true;
}

static void XMLCALL
on_text(void *data, const XML_Char *s, int len)
{
	struct parse *p = data;

	if (p->status != STATUS_OK || len <= 0)
		return;
	if (p->text.len == 0)
		p->text_offset = here(p);
	if (!buffer_append(&p->text, s, (size_t)len))
		svg_fail_memory(p);
}

static void XMLCALL
on_start(void *data, const XML_Char *raw_name, const XML_Char **atts)
{
	struct parse *p = data;
	struct node *node;
	struct name n;
	enum element kind = E_COUNT;
	size_t tag, count;

	if (p->status != STATUS_OK || !flush_text(p))
		return;
	tag = here(p);
	svg_split_name(raw_name, &n);
	if (!svg_check_element(p, tag, &n, &kind))
		return;
	for (count = 0; atts[2 * count] != NULL; count++)
		if (count == SVG_MAX_ATTRIBUTES) {
			svg_fail(p, STATUS_DATA, tag,
				 ngettext("element '%s' has more than %d "
					  "attribute",
					  "element '%s' has more than %d "
					  "attributes",
					  SVG_MAX_ATTRIBUTES),
				 svg_element_name(kind), SVG_MAX_ATTRIBUTES);
			return;
		}
	node = arena_alloc(p->svg->arena, sizeof *node);
	if (node == NULL ||
	    (count > 0 &&
	     (node->attributes =
		      arena_alloc(p->svg->arena,
				  count * sizeof(struct attribute))) == NULL)) {
		svg_fail_memory(p);
		return;
	}
	if (count == 0)
		node->attributes = NULL;
	node->kind = kind;
	node->parent = p->current;
	node->first = node->last = node->next = NULL;
	node->attribute_count = 0;
	node->text = NULL;
	node->text_len = 0;
	node->x = 0;
	if (kind == E_TEXT)
		p->text_x = 0;
	for (count = 0; atts[2 * count] != NULL; count++)
		if (!svg_add_attribute(p, tag, node, atts[2 * count],
				       atts[2 * count + 1]))
			return;
	if (p->current == NULL) {
		if (!svg_check_root(p, tag, node))
			return;
		p->svg->root = node;
	} else if (p->current->last != NULL) {
		p->current->last->next = node;
		p->current->last = node;
	} else {
		p->current->first = p->current->last = node;
	}
	p->current = node;
	p->depth++;
	p->element_count++;
}

static void XMLCALL
on_end(void *data, const XML_Char *name)
{
	struct parse *p = data;

	(void)name;
	if (p->status != STATUS_OK || !flush_text(p) || p->current == NULL)
		return;
	p->current = p->current->parent;
	p->depth--;
}

static void XMLCALL
on_xml_declaration(void *data, const XML_Char *version,
		   const XML_Char *encoding, int standalone)
{
	struct parse *p = data;
	char quoted[SHOWN + 16];

	(void)version;
	(void)standalone;
	if (p->status != STATUS_OK || encoding == NULL ||
	    ((encoding[0] | 0x20) == 'u' && (encoding[1] | 0x20) == 't' &&
	     (encoding[2] | 0x20) == 'f' && strcmp(encoding + 3, "-8") == 0))
		return;
	printable(quoted, sizeof quoted, encoding, strlen(encoding), SHOWN,
		  true);
	svg_fail(p, STATUS_DATA, here(p),
		 _("expected encoding=\"UTF-8\" in the XML declaration, found "
		   "%s"),
		 quoted);
}

static void XMLCALL
on_doctype(void *data, const XML_Char *name, const XML_Char *system_id,
	   const XML_Char *public_id, int has_internal_subset)
{
	struct parse *p = data;
	size_t at = here(p);

	(void)name;
	(void)system_id;
	(void)public_id;
	(void)has_internal_subset;
	/* expat reports the declaration after its name; point at its
	 * start. */
	while (at > 0 && !(p->bytes[at] == '<' && at + 1 < p->len &&
			   p->bytes[at + 1] == '!'))
		at--;
	svg_fail(p, STATUS_DATA, at,
		 _("a document type declaration (<!DOCTYPE>) is not allowed: a "
		   "figure declares no entities"));
}

static void XMLCALL
on_entity(void *data, const XML_Char *name, int is_parameter,
	  const XML_Char *value, int value_length, const XML_Char *base,
	  const XML_Char *system_id, const XML_Char *public_id,
	  const XML_Char *notation)
{
	struct parse *p = data;

	(void)name;
	(void)is_parameter;
	(void)value;
	(void)value_length;
	(void)base;
	(void)system_id;
	(void)public_id;
	(void)notation;
	svg_fail(p, STATUS_DATA, here(p),
		 _("entity declarations are not allowed"));
}

static void XMLCALL
on_skipped_entity(void *data, const XML_Char *name, int is_parameter)
{
	struct parse *p = data;
	char quoted[SHOWN + 16];

	(void)is_parameter;
	printable(quoted, sizeof quoted, name, strlen(name), SHOWN, false);
	svg_fail(p, STATUS_DATA, here(p),
		 _("entity reference '&%s;' is not allowed; expected &amp; "
		   "&lt; &gt; &quot; &apos; or a character reference"),
		 quoted);
}

static void XMLCALL
on_processing_instruction(void *data, const XML_Char *target,
			  const XML_Char *pi_data)
{
	struct parse *p = data;
	char quoted[SHOWN + 16];

	(void)pi_data;
	printable(quoted, sizeof quoted, target, strlen(target), SHOWN, false);
	svg_fail(p, STATUS_DATA, here(p),
		 _("processing instruction '<?%s' is not allowed"), quoted);
}

/* Turns expat's own error into a failure; the position is expat's. */
static void
fail_xml(struct parse *p)
{
	enum XML_Error code = p->x->XML_GetErrorCode(p->xml);
	size_t at = here(p);

	if (code == XML_ERROR_NO_MEMORY)
		svg_fail_memory(p);
	else if (code == XML_ERROR_UNDEFINED_ENTITY)
		svg_fail(p, STATUS_DATA, at,
			 _("entity references are not allowed; expected &amp; "
			   "&lt; &gt; &quot; &apos; or a character reference"));
	else
		svg_fail(p, STATUS_DATA, at, _("invalid XML: %s"),
			 p->x->XML_ErrorString(code));
}

void
svg_free(struct svg *svg)
{
	if (svg == NULL)
		return;
	arena_free(svg->arena);
	free(svg);
}

enum status
svg_parse(const char *bytes, size_t len, struct svg **out, struct failure *f)
{
	struct expat x;
	struct parse p;
	enum status status;
	size_t bad;

	*out = NULL;
	memset(&p, 0, sizeof p);
	p.bytes = bytes;
	p.len = len;
	p.f = f;
	p.status = STATUS_OK;
	if (len > SVG_MAX_BYTES)
		return failure_set(f, STATUS_DATA,
				   ngettext("larger than the limit of %d byte",
					    "larger than the limit of %d bytes",
					    SVG_MAX_BYTES),
				   SVG_MAX_BYTES);
	bad = svg_utf8_invalid_at((const unsigned char *)bytes, len);
	if (bad < len) {
		unsigned long line, column;
		position(bytes, len, bad, &line, &column);
		return failure_at(f, STATUS_DATA, NULL, line, column,
				  _("expected UTF-8, found the byte 0x%02x"),
				  (unsigned char)bytes[bad]);
	}
	p.svg = calloc(1, sizeof *p.svg);
	if (p.svg == NULL || (p.svg->arena = arena_new()) == NULL) {
		free(p.svg);
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	}
	if ((status = svg_expat_open(&x, f)) != STATUS_OK) {
		svg_free(p.svg);
		return status;
	}
	p.x = &x;
	/* The encoding is fixed, so a declaration cannot switch expat to
	 * another; the namespace separator is a newline, which no name can
	 * hold. */
	p.xml = x.XML_ParserCreateNS("UTF-8", '\n');
	if (p.xml == NULL) {
		svg_expat_close(&x);
		svg_free(p.svg);
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	}
	x.XML_SetUserData(p.xml, &p);
	x.XML_SetReturnNSTriplet(p.xml, 1);
	x.XML_SetParamEntityParsing(p.xml, XML_PARAM_ENTITY_PARSING_NEVER);
	x.XML_SetElementHandler(p.xml, on_start, on_end);
	x.XML_SetCharacterDataHandler(p.xml, on_text);
	x.XML_SetXmlDeclHandler(p.xml, on_xml_declaration);
	x.XML_SetStartDoctypeDeclHandler(p.xml, on_doctype);
	x.XML_SetEntityDeclHandler(p.xml, on_entity);
	x.XML_SetSkippedEntityHandler(p.xml, on_skipped_entity);
	x.XML_SetProcessingInstructionHandler(p.xml, on_processing_instruction);
	if (x.XML_Parse(p.xml, bytes, (int)len, 1) != XML_STATUS_OK &&
	    p.status == STATUS_OK)
		fail_xml(&p);
	x.XML_ParserFree(p.xml);
	svg_expat_close(&x);
	buffer_free(&p.text);
	if (p.status == STATUS_OK && p.svg->root == NULL)
		p.status = failure_set(f, STATUS_DATA, _("no root element"));
	if (p.status != STATUS_OK) {
		svg_free(p.svg);
		return p.status;
	}
	*out = p.svg;
	return STATUS_OK;
}

struct svg_box
svg_view_box(const struct svg *svg)
{
	return svg->box;
}
