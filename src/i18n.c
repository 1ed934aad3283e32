/* SPDX-License-Identifier: ISC */
/*
 * i18n.c: translations checked before a message is made of them, and
 * printed escaped.  The check reads printf's conversion syntax as glibc
 * knows it, and refuses anything it does not know ("%n", "%m", wide
 * characters): no heelrx message uses those, so a translation that does
 * is wrong, and English is the safe answer.  It needs nothing but
 * libintl, so every module may mark its messages; making a message
 * into a line (i18n_message.c) needs more.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

/* No heelrx message reads more arguments than this. */
enum { ARGUMENTS_MAX = 16 };

/*
 * How one argument is read: its class ('d' a signed integer, 'u' an
 * unsigned one, 'f' a floating-point number, 'c', 's', 'p', or '*' the
 * int of a field width or precision) and its length modifier ('H' for
 * hh, 'h', 'l', 'q' for ll, 'L', 'j', 'z', 't'; 0 for none).
 */
struct argument {
	char kind;
	char length;
};

/* The arguments a format reads, by position. */
struct arguments {
	struct argument read[ARGUMENTS_MAX];
	size_t count;
};

/* Whether conversions say where their argument is ("%2$s"), or not. */
enum order { ORDER_UNKNOWN, ORDER_IN_TURN, ORDER_BY_POSITION };

/* Reads "N$" at *s: an argument's position, from 1; 0 when none. */
static size_t
position(const char **s)
{
	const char *p = *s;
	size_t n = 0;

	while (*p >= '0' && *p <= '9' && n <= ARGUMENTS_MAX)
		n = n * 10 + (size_t)(*p++ - '0');
	if (p == *s || *p != '$' || n == 0)
		return 0;
	*s = p + 1;
	return n;
}

/*
 * Notes that the argument at position (from 1) is read as a; false if
 * it is beyond ARGUMENTS_MAX or read otherwise elsewhere.
 */
static bool
record(struct arguments *args, size_t position, struct argument a)
{
	struct argument *slot;

	if (position == 0 || position > ARGUMENTS_MAX)
		return false;
	slot = &args->read[position - 1];
	if (slot->kind != 0 &&
	    (slot->kind != a.kind || slot->length != a.length))
		return false;
	*slot = a;
	if (position > args->count)
		args->count = position;
	return true;
}

/* A field width or precision at *s: digits, or '*', which reads an int
 * (from position "N$" when the format reads by position). */
static bool
field(const char **s, enum order order, size_t *next, struct arguments *args)
{
	const struct argument star = {'*', 0};
	size_t at;

	if (**s != '*') {
		*s += strspn(*s, "0123456789");
		return true;
	}
	++*s;
	at = position(s);
	if ((at != 0) != (order == ORDER_BY_POSITION))
		return false;
	return record(args, at != 0 ? at : ++*next, star);
}

/* The length modifier at *s, read past. */
static char
length(const char **s)
{
	static const struct {
		const char *spelling;
		char code;
	} lengths[] = {{"hh", 'H'}, {"ll", 'q'}, {"h", 'h'}, {"l", 'l'},
		       {"q", 'q'},  {"L", 'L'},	 {"j", 'j'}, {"z", 'z'},
		       {"Z", 'z'},  {"t", 't'}};
	size_t i, n;

	for (i = 0; i < sizeof lengths / sizeof lengths[0]; i++) {
		n = strlen(lengths[i].spelling);
		if (strncmp(*s, lengths[i].spelling, n) == 0) {
			*s += n;
			return lengths[i].code;
		}
	}
	return 0;
}

/*
 * The class of conversion c with length modifier len, 0 for one no
 * message may use ("%n", "%m", a wide character or string), or -1 for
 * a character that is no conversion at all.
 */
static int
kind(char c, char len)
{
	if (c == '\0' || strchr("diouxXeEfFgGaAcsCSpnm", c) == NULL)
		return -1;
	if (strchr("di", c) != NULL)
		return 'd';
	if (strchr("ouxX", c) != NULL)
		return 'u';
	if (strchr("eEfFgGaA", c) != NULL)
		return 'f';
	if (strchr("csp", c) != NULL && len == 0)
		return c;
	return 0;
}

/*
 * What a text is to printf: a format that reads args; a text with a
 * '%' that starts no conversion ("em, ex or %)"), which is never passed
 * as a format; or one heelrx cannot vouch for.
 */
enum reading { READ_FORMAT, READ_TEXT, READ_REFUSED };

static enum reading
scan(const char *format, struct arguments *args)
{
	enum order order = ORDER_UNKNOWN, this;
	enum reading reading = READ_FORMAT;
	const char *s = format;
	size_t at, next = 0, i;
	struct argument a;
	int k;

	memset(args, 0, sizeof *args);
	while ((s = strchr(s, '%')) != NULL) {
		if (*++s == '%') {
			s++;
			continue;
		}
		at = position(&s);
		this = at != 0 ? ORDER_BY_POSITION : ORDER_IN_TURN;
		if (order != ORDER_UNKNOWN && order != this)
			return READ_REFUSED;
		order = this;
		s += strspn(s, "-+ #0'I");
		if (!field(&s, order, &next, args) ||
		    (*s == '.' && (++s, !field(&s, order, &next, args))))
			return READ_REFUSED;
		a.length = length(&s);
		if ((k = kind(*s, a.length)) < 0) {
			reading = READ_TEXT;
			continue;
		}
		a.kind = (char)k;
		s++;
		if (a.kind == 0 || !record(args, at != 0 ? at : ++next, a))
			return READ_REFUSED;
	}
	/* printf cannot skip an argument it was given. */
	for (i = 0; i < args->count; i++)
		if (args->read[i].kind == 0)
			return READ_REFUSED;
	return reading;
}

bool
i18n_same_conversions(const char *english, const char *translation)
{
	struct arguments e, t;
	enum reading of_english = scan(english, &e);
	enum reading of_translation = scan(translation, &t);
	size_t i;

	if (of_english == READ_REFUSED || of_translation == READ_REFUSED)
		return false;
	/* A plain text may be translated as any text that reads nothing. */
	if (of_english == READ_TEXT)
		return t.count == 0;
	if (of_translation != READ_FORMAT || e.count != t.count)
		return false;
	for (i = 0; i < e.count; i++)
		if (e.read[i].kind != t.read[i].kind ||
		    e.read[i].length != t.read[i].length)
			return false;
	return true;
}

/* translation when it reads what english reads, else english. */
static const char *
checked(const char *english, const char *translation)
{
	if (translation == english ||
	    i18n_same_conversions(english, translation))
		return translation;
	return english;
}

const char *
i18n_text(const char *msgid)
{
	return checked(msgid, gettext(msgid));
}

const char *
i18n_plural(const char *msgid, const char *plural, unsigned long n)
{
	/* The parentheses call the function, not the macro of i18n.h. */
	return checked(n == 1 ? msgid : plural, (ngettext)(msgid, plural, n));
}
