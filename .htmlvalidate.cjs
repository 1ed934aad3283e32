// SPDX-License-Identifier: ISC
// html-validate's rules for heelrx's HTML handouts (tests/html-validate):
// the recommended set, which is strict (no inline style, no implicit
// closing, every required attribute), with one rule off:
//
// - long-title: a title over 70 characters is cut short in a search
//   engine's results.  The handout's title is the catalog's, whatever its
//   length, and a handout is printed or saved, never searched.
"use strict";
module.exports = {
	root: true,
	extends: ["html-validate:recommended"],
	rules: {
		"long-title": "off",
	},
};
