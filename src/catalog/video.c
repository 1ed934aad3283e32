/* SPDX-License-Identifier: ISC */
/*
 * video.c: an exercise's video, an address a patient's phone opens
 * from a printed code.  Only https:// is taken, to a named host, with
 * the characters of RFC 3986 and nothing else: no blank, control
 * character or byte beyond ASCII (a clinic percent-encodes them), no
 * user name before the host (which would make "https://clinic@other"
 * show one site and open another), at most CATALOG_MAX_URL bytes.  The
 * address is printed as it is written, so what the patient reads under
 * the code is where the code leads.
 */
#include <string.h>

#include "i18n.h"
#include "loader.h"

/* A character RFC 3986 allows in a URI: unreserved, reserved or '%'. */
static bool
is_uri_character(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') ||
	       (c != '\0' && strchr("-._~:/?#[]@!$&'()*+,;=%", c) != NULL);
}

/*
 * Whether the len bytes at host name a host, with an optional port: dot
 * separated labels of letters, digits and '-', neither starting nor
 * ending with '-' or '.', then ":" and up to 5 digits.
 */
static bool
is_host(const char *host, size_t len)
{
	size_t i, label = 0;
	const char *colon = memchr(host, ':', len);

	if (colon != NULL) {
		size_t digits = len - (size_t)(colon - host) - 1;

		if (digits == 0 || digits > 5 ||
		    strspn(colon + 1, "0123456789") < digits)
			return false;
		len = (size_t)(colon - host);
	}
	if (len == 0)
		return false;
	for (i = 0; i < len; i++) {
		char c = host[i];

		if (c == '.') {
			if (label == 0 || host[i - 1] == '-')
				return false;
			label = 0;
		} else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			   (c >= '0' && c <= '9') || (c == '-' && label > 0)) {
			label++;
		} else {
			return false;
		}
	}
	return label > 0 && host[len - 1] != '-';
}

enum status
catalog_read_url(struct reader *r, void *context, void *slot,
		 const struct reader_field *field)
{
	static const char scheme[] = "https://";
	struct loader *ld = context;
	const char **out = slot;
	const char *url, *host;
	enum status status;
	size_t i, len, host_len;

	(void)field;
	if ((status = reader_fixed_text(r, out)) != STATUS_OK)
		return status;
	url = *out;
	len = strlen(url);
	if (!ld->has_video) {
		ld->has_video = true;
		ld->video_mark = reader_mark(r);
		reader_path(r, ld->video_path, sizeof ld->video_path);
	}
	if (len > CATALOG_MAX_URL)
		return reader_fail_expected(
			r, _("an address of at most 256 bytes"));
	if (strncmp(url, scheme, sizeof scheme - 1) != 0)
		return reader_fail_expected(
			r, _("an address that starts with https://"));
	for (i = 0; i < len; i++)
		if (!is_uri_character(url[i]))
			return reader_fail_expected(
				r, _("an address without blanks, control "
				     "characters or characters beyond ASCII "
				     "(percent-encode them)"));
	host = url + sizeof scheme - 1;
	host_len = strcspn(host, "/?#");
	if (!is_host(host, host_len))
		return reader_fail_expected(
			r, _("an address with a host name after https://, "
			     "such as https://clinic.example/video"));
	return STATUS_OK;
}
