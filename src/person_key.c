/* SPDX-License-Identifier: ISC */
/*
 * person_key.c: checking and encoding how a health record knows a
 * person (person_key.h).
 */
#include <string.h>

#include "person_key.h"
#include "printable.h"

enum { FHIR_ID_MAX = 64 };

static bool
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* An absolute URI's outline (RFC 3986): a scheme, ':', something, and
 * no byte a URI never holds raw (controls, space, non-ASCII). */
static bool
is_uri(const char *s, size_t len)
{
	size_t i = 0;

	if (len == 0 || !is_alpha(s[0]))
		return false;
	while (i < len && (is_alpha(s[i]) || is_digit(s[i]) || s[i] == '+' ||
			   s[i] == '-' || s[i] == '.'))
		i++;
	if (i == len || s[i] != ':' || i + 1 == len)
		return false;
	for (; i < len; i++)
		if ((unsigned char)s[i] <= ' ' || (unsigned char)s[i] >= 0x7f)
			return false;
	return true;
}

enum person_key_fault
person_key_check_identifier(const char *text)
{
	const char *bar = strchr(text, '|');

	if (bar == NULL)
		return PERSON_KEY_NO_BAR;
	if (bar == text)
		return PERSON_KEY_NO_SYSTEM;
	if (!is_uri(text, (size_t)(bar - text)))
		return PERSON_KEY_BAD_SYSTEM;
	if (bar[1] == '\0')
		return PERSON_KEY_NO_VALUE;
	if (!printable_is_clean(bar + 1))
		return PERSON_KEY_BAD_VALUE;
	return PERSON_KEY_OK;
}

enum person_key_fault
person_key_check_reference(const char *text, const char *type)
{
	size_t type_len = strlen(type), i;
	const char *id = text + type_len + 1;

	if (strncmp(text, type, type_len) != 0 || text[type_len] != '/')
		return PERSON_KEY_WRONG_TYPE;
	for (i = 0; id[i] != '\0'; i++)
		if (!is_alpha(id[i]) && !is_digit(id[i]) && id[i] != '-' &&
		    id[i] != '.')
			return PERSON_KEY_BAD_ID;
	return i >= 1 && i <= FHIR_ID_MAX ? PERSON_KEY_OK : PERSON_KEY_BAD_ID;
}

size_t
person_key_system_length(const char *identifier)
{
	return strcspn(identifier, "|");
}

/* Appends c percent-encoded unless it is one that a URI component keeps
 * as it is (the set of JavaScript's encodeURIComponent). */
static bool
put_encoded(struct buffer *out, unsigned char c)
{
	static const char hex[] = "0123456789ABCDEF";
	char code[3] = {'%', hex[c >> 4], hex[c & 15]};

	if (is_alpha((char)c) || is_digit((char)c) ||
	    (c != '\0' && strchr("-_.!~*'()", c) != NULL))
		return buffer_append(out, &c, 1);
	return buffer_append(out, code, sizeof code);
}

/* Appends the len bytes at s with FHIR's search escapes, encoded. */
static bool
put_search_value(struct buffer *out, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if ((strchr("|,$\\", s[i]) != NULL &&
		     !put_encoded(out, '\\')) ||
		    !put_encoded(out, (unsigned char)s[i]))
			return false;
	return true;
}

bool
person_key_search(struct buffer *out, const char *identifier)
{
	size_t system = person_key_system_length(identifier);

	return buffer_puts(out, "identifier=") &&
	       put_search_value(out, identifier, system) &&
	       put_encoded(out, '|') &&
	       put_search_value(out, identifier + system + 1,
				strlen(identifier + system + 1));
}
